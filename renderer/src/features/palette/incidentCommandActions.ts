import { AVAILABILITY_STATUSES } from '../../../../shared/commands/setAvailability.ts';
import { setOwnAvailability } from '../availability/setOwnAvailability.ts';
import { AVAILABILITY_LABELS } from '../command/commandLabels.ts';
import { runCommand } from '../commands/runCommand.ts';
import { modalOpened, type ModalName } from '../modals/modalsSlice.ts';
import type { LanternAction } from './lanternActions.ts';

function dialogAction(
  id: ModalName,
  label: string,
  keys: string | undefined,
  keywords: string,
): LanternAction {
  return {
    id,
    label,
    section: 'Incidents',
    ...(keys ? { keys } : {}),
    keywords,
    perform: ({ dispatch }) => dispatch(modalOpened(id)),
  };
}

/** Commands on the incident in view; offered only while one is open. */
export function incidentCommandActions(activeEscalationId: string | undefined): LanternAction[] {
  const actions = [
    dialogAction('change-status', 'Change status', 'Mod+Shift+S', 'mitigate close reopen'),
    dialogAction('resolve-incident', 'Resolve incident', undefined, 'resolve fixed done summary'),
    dialogAction('reclassify', 'Reclassify', undefined, 'severity raise lower sev'),
    dialogAction('assign-role', 'Assign role', 'Mod+Shift+O', 'deputy scribe comms owner'),
    dialogAction('transfer-command', 'Transfer command', undefined, 'handover commander'),
    dialogAction('record-decision', 'Record decision', 'Mod+Shift+L', 'log authority'),
    dialogAction('declare-sub-incident', 'Declare sub-incident', undefined, 'area region site'),
  ];
  if (!activeEscalationId) return actions;
  return [
    ...actions,
    {
      id: 'acknowledge-page',
      label: 'Acknowledge page',
      section: 'Incidents',
      keys: 'Mod+Shift+K',
      keywords: 'ack escalation paging',
      perform: ({ dispatch }) =>
        void dispatch(
          runCommand({ name: 'acknowledgePage', input: { escalationId: activeEscalationId } }),
        ),
    },
    dialogAction('stop-paging', 'Stop paging', undefined, 'cancel escalation call off'),
  ];
}

/** "Set availability: Away" and the like, for whoever is signed in. */
export const AVAILABILITY_ACTIONS: readonly LanternAction[] = AVAILABILITY_STATUSES.map(
  (status) => ({
    id: `set-availability:${status}`,
    label: `Set availability: ${AVAILABILITY_LABELS[status]}`,
    section: 'Workspace',
    keywords: 'roster away off shift present',
    perform: ({ dispatch }) => void dispatch(setOwnAvailability(status)),
  }),
);
