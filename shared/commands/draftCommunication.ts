import { z } from 'zod';
import { approvalNotRequired, newApproval } from '../communications/approval.ts';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import {
  adoptedTemplates,
  approvalPolicyFor,
  cadenceId,
  requireAudience,
  type MessageDoc,
} from '../communications/communicationReads.ts';
import { communicationContentHash } from '../communications/contentHash.ts';
import { messageLabel } from '../communications/messageUpdate.ts';
import { audienceRecipients, channelsOf } from '../communications/recipients.ts';
import { addMinutes } from '../communications/cadence.ts';
import {
  chooseTemplate,
  renderTemplate,
  templateValuesFor,
  unknownPlaceholders,
  type RenderedMessage,
} from '../communications/templateRendering.ts';
import { requireOpenIncident } from '../framework/references.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import { defineCommand, type CommandContext, type CommandReads } from './command.ts';
import { invalidInput } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

const id = z.string().min(1).max(64);

export const draftCommunicationInput = z
  .object({
    incidentId: id,
    audienceId: id,
    /** A template to fill from the incident; the best fit for the audience when neither it nor the text is given. */
    templateId: id.optional(),
    subject: z.string().trim().min(1).max(300).optional(),
    body: z.string().trim().min(1).max(10000).optional(),
    /** Only these of the audience's recipients (ids); all of them when absent. */
    recipientIds: z.array(id).min(1).max(500).optional(),
  })
  .strict();
export type DraftCommunicationInput = z.infer<typeof draftCommunicationInput>;

/** The values a template is filled with: the incident, its services' names and the next due update. */
export async function renderForIncident(
  reads: CommandReads,
  incident: IncidentDoc,
  input: Pick<DraftCommunicationInput, 'audienceId' | 'templateId'>,
  context: Pick<CommandContext, 'now'>,
): Promise<RenderedMessage & { templateId: string }> {
  const templates = await adoptedTemplates(reads);
  const template = input.templateId
    ? templates.find((t) => t.id === input.templateId)
    : chooseTemplate(templates, input.audienceId, incident.type);
  if (!template)
    throw invalidInput([
      {
        field: input.templateId ? 'templateId' : 'audienceId',
        reason: input.templateId
          ? `no template "${input.templateId}" has been adopted`
          : 'no template has been adopted for this audience: write the subject and body',
      },
    ]);
  const unknown = unknownPlaceholders(`${template.subject} ${template.body}`);
  if (unknown.length > 0)
    throw invalidInput([
      { field: 'templateId', reason: `the template uses unknown variables: ${unknown.join(', ')}` },
    ]);
  const services = await Promise.all(
    (incident.serviceIds ?? []).map(
      async (sid) => (await reads.get('organisation', sid))?.name ?? sid,
    ),
  );
  const cadence = await reads.get('communications', cadenceId(incident.id, input.audienceId));
  const nextUpdateAt =
    cadence?.everyMinutes && !cadence.stopped
      ? addMinutes(context.now.toISOString(), cadence.everyMinutes)
      : undefined;
  const values = templateValuesFor(incident, {
    serviceNames: services,
    ...(nextUpdateAt ? { nextUpdateAt } : {}),
  });
  return { ...renderTemplate(template, values), templateId: template.id };
}

/**
 * Draft an update for one audience, from a template filled from the
 * incident or from text written by hand. Anyone may draft; sending is the
 * Communications Lead's. External audiences start an approval.
 */
export const draftCommunication = defineCommand({
  name: 'draftCommunication',
  summary: 'Draft a stakeholder update for an audience, from a template or by hand',
  input: draftCommunicationInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await requireOpenIncident(reads, input.incidentId);
    const audience = await requireAudience(reads, input.audienceId);
    const everyone = audienceRecipients(audience, await reads.find('people', {}));
    const recipients = input.recipientIds
      ? everyone.filter((r) => input.recipientIds?.includes(r.id))
      : everyone;
    const missing = input.recipientIds?.filter((rid) => !everyone.some((r) => r.id === rid)) ?? [];
    if (missing.length > 0)
      throw invalidInput([
        {
          field: 'recipientIds',
          reason: `not recipients of ${audience.name}: ${missing.join(', ')}`,
        },
      ]);
    if (recipients.length === 0)
      throw invalidInput([{ field: 'audienceId', reason: `${audience.name} has no recipients` }]);
    const rendered =
      input.subject && input.body
        ? { subject: input.subject, body: input.body, templateId: input.templateId }
        : await renderForIncident(reads, incident, input, context);
    const subject = input.subject ?? rendered.subject;
    const body = input.body ?? rendered.body;
    const channels = channelsOf(recipients);
    const policy = await approvalPolicyFor(reads, audience);
    const now = context.now.toISOString();
    const message: MessageDoc = {
      id: context.newId('msg'),
      kind: 'message',
      incidentId: incident.id,
      audienceId: audience.id,
      createdAt: now,
      updatedAt: now,
      ...(rendered.templateId ? { templateId: rendered.templateId } : {}),
      external: audience.external,
      channels,
      recipients,
      subject,
      body,
      contentHash: await communicationContentHash({ subject, body, channels, recipients }),
      draftedBy: context.actor.id,
      approval: policy ? newApproval(policy) : approvalNotRequired(),
      hlc: context.nextHlc(),
    };
    const label = messageLabel(message, audience.name);
    const target = { incidentId: incident.id, communicationId: message.id };
    return {
      writes: [
        { kind: 'communications', document: message },
        communicationLogWrite(context, target, 'drafted', `Drafted ${label}`, {
          contentHash: message.contentHash,
        }),
        timelineWrite(context, incident.id, 'system', `Communications: drafted ${label}`),
      ],
      result: message,
    };
  },
});
