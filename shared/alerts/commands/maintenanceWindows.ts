import { z } from 'zod';
import { defineCommand } from '../../commands/command.ts';
import { conflict, forbidden, invalidInput, notFound } from '../../commands/errors.ts';
import { idField, isoTimeField } from '../../schema/fields.ts';
import {
  labelMatcherShape,
  weeklyRecurrenceShape,
  type MaintenanceWindowDoc,
} from '../../schema/maintenanceWindow.ts';
import { isValidTimeZone } from '../../oncall/zonedTime.ts';

export const scheduleMaintenanceWindowInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  services: z.array(z.string().trim().min(1).max(256)).max(50),
  labels: z.array(labelMatcherShape).max(20),
  startsAt: isoTimeField,
  endsAt: isoTimeField,
  recurrence: weeklyRecurrenceShape.optional(),
});
export type ScheduleMaintenanceWindowInput = z.infer<typeof scheduleMaintenanceWindowInput>;

/** Checks zod cannot express: a window that could match, in time order, in a real zone. */
function checkWindow(input: ScheduleMaintenanceWindowInput): void {
  if (input.services.length === 0 && input.labels.length === 0)
    throw invalidInput([
      {
        field: 'services',
        reason:
          'Name at least one service or label: a window without matchers would silence every alert',
      },
    ]);
  if (Date.parse(input.endsAt) <= Date.parse(input.startsAt))
    throw invalidInput([{ field: 'endsAt', reason: 'The window must end after it starts' }]);
  if (input.recurrence && !isValidTimeZone(input.recurrence.timeZone))
    throw invalidInput([
      {
        field: 'recurrence.timeZone',
        reason: `"${input.recurrence.timeZone}" is not a time zone name (e.g. Europe/Berlin)`,
      },
    ]);
}

/** A person schedules a window: matching alerts are kept but marked suppressed while it is in force. */
export const scheduleMaintenanceWindow = defineCommand({
  name: 'scheduleMaintenanceWindow',
  summary: 'Schedule a maintenance window: matching alerts are stored as suppressed',
  input: scheduleMaintenanceWindowInput,
  permission: 'person',
  async plan(_reads, input, context) {
    if (context.actor.kind !== 'person') throw forbidden('A person schedules maintenance windows');
    checkWindow(input);
    const window: MaintenanceWindowDoc = {
      id: context.newId('mw'),
      hlc: context.nextHlc(),
      name: input.name,
      services: [...new Set(input.services)],
      labels: input.labels,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      ...(input.recurrence
        ? {
            recurrence: {
              ...input.recurrence,
              weekdays: [...new Set(input.recurrence.weekdays)].sort(),
            },
          }
        : {}),
      status: 'scheduled',
      createdAt: context.now.toISOString(),
      createdBy: `${context.actor.kind}:${context.actor.id}`,
    };
    return { writes: [{ kind: 'maintenanceWindows', document: window }], result: window };
  },
});

export const endMaintenanceWindowInput = z.strictObject({
  windowId: idField,
  reason: z.string().trim().min(1).max(500),
});

/** The work finished sooner (or went wrong): alerts from now on page again. */
export const endMaintenanceWindowEarly = defineCommand({
  name: 'endMaintenanceWindowEarly',
  summary: 'End a maintenance window early: alerts from now on are no longer suppressed',
  input: endMaintenanceWindowInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person') throw forbidden('A person ends maintenance windows');
    const window = await reads.get('maintenanceWindows', input.windowId);
    if (!window) throw notFound('maintenance window', input.windowId);
    if (window.status === 'endedEarly') throw conflict(`"${window.name}" was already ended`);
    if (context.now.getTime() >= Date.parse(window.endsAt))
      throw conflict(`"${window.name}" is already over`);
    const ended: MaintenanceWindowDoc = {
      ...window,
      status: 'endedEarly',
      endedAt: context.now.toISOString(),
      endedBy: `${context.actor.kind}:${context.actor.id}`,
      endedReason: input.reason,
      hlc: context.nextHlc(),
    };
    return { writes: [{ kind: 'maintenanceWindows', document: ended }], result: ended };
  },
});
