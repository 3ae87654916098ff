import { z } from 'zod';
import { defineCommand } from '../../commands/command.ts';
import { conflict, invalidInput } from '../../commands/errors.ts';
import { timelineWrite } from '../../commands/timelineEntry.ts';
import { complianceFlagLabel } from '../../classification/complianceFlagLabels.ts';
import { displayNameOf, requireIncident } from '../../framework/references.ts';
import type { IncidentDoc } from '../../schema/incident.ts';
import type { ObligationFilingDoc } from '../../schema/obligationFiling.ts';
import { formatDateTime } from '../../time/displayTime.ts';
import { clockEnd } from '../clockArithmetic.ts';
import { obligationRule, OBLIGATION_RULES, type ObligationRule } from '../obligationRules.ts';
import { awarenessId, awarenessOf, filingId, ruleApplies } from '../obligations.ts';

const RULE_IDS = OBLIGATION_RULES.map((rule) => rule.id);

export const recordObligationFilingInput = z.strictObject({
  incidentId: z.string().min(1).max(64),
  obligationId: z.string().refine((id) => RULE_IDS.includes(id), {
    error: `obligationId must be one of ${RULE_IDS.join(', ')}`,
  }),
  /** When it was sent; now if not given. */
  filedAt: z.iso
    .datetime({ offset: true, error: 'filedAt must be a date and time with its zone' })
    .optional(),
  recipient: z.string().trim().min(1, 'say who it was sent to').max(200),
  reference: z.string().trim().max(200).optional(),
});

function refuseUnlessApplies(rule: ObligationRule, incident: IncidentDoc): void {
  if (ruleApplies(rule, incident)) return;
  const major = rule.severities ? ` classified ${rule.severities.join(' or ')}` : '';
  throw conflict(
    `${rule.regulation} (${rule.citation}) does not apply to ${incident.reference}: it applies to ` +
      `incidents flagged “${complianceFlagLabel(rule.flag)}”${major}`,
  );
}

async function clockStartOf(
  reads: Parameters<typeof requireIncident>[0],
  rule: ObligationRule,
  incident: IncidentDoc,
): Promise<string> {
  if (rule.start.event === 'awareness')
    return awarenessOf(incident, await reads.get('incidentAwareness', awarenessId(incident.id)));
  const previousId = rule.start.obligationId;
  const previous = await reads.get('obligationFilings', filingId(incident.id, previousId));
  if (!previous)
    throw conflict(
      `${rule.title} follows ${obligationRule(previousId)?.title ?? previousId}: record that filing first`,
    );
  return previous.filing.filedAt;
}

function refuseImpossibleTime(filedAt: string, start: string, now: Date): void {
  const at = Date.parse(filedAt);
  if (at > now.getTime())
    throw invalidInput([{ field: 'filedAt', reason: 'a filing cannot be in the future' }]);
  if (at < Date.parse(start))
    throw invalidInput([
      {
        field: 'filedAt',
        reason: `a filing cannot precede the event that starts its clock (${formatDateTime(start, 'UTC')})`,
      },
    ]);
}

/**
 * A person records that a regulatory notification was sent: when, to whom,
 * with what reference. The obligation then shows as met (late if after its
 * deadline); the timeline says so. Recording it twice is refused.
 */
export const recordObligationFiling = defineCommand({
  name: 'recordObligationFiling',
  summary:
    'Record that a regulatory notification of an incident was filed (when, to whom, reference); its obligation then shows as met',
  input: recordObligationFilingInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await requireIncident(reads, input.incidentId);
    const rule = obligationRule(input.obligationId) as ObligationRule;
    refuseUnlessApplies(rule, incident);
    const id = filingId(incident.id, rule.id);
    const existing = await reads.get('obligationFilings', id);
    if (existing)
      throw conflict(
        `${rule.title} (${rule.regulation}) is already recorded as filed at ` +
          `${formatDateTime(existing.filing.filedAt, 'UTC')} by ${await displayNameOf(reads, existing.filing.recordedBy)}`,
      );
    const start = await clockStartOf(reads, rule, incident);
    const filedAt = input.filedAt
      ? new Date(input.filedAt).toISOString()
      : context.now.toISOString();
    refuseImpossibleTime(filedAt, start, context.now);
    const document: ObligationFilingDoc = {
      id,
      incidentId: incident.id,
      obligationId: rule.id,
      filing: {
        filedAt,
        recipient: input.recipient,
        ...(input.reference ? { reference: input.reference } : {}),
        recordedBy: context.actor.id,
        recordedAt: context.now.toISOString(),
      },
      hlc: context.nextHlc(),
    };
    const late = Date.parse(filedAt) > clockEnd(new Date(start), rule.length).getTime();
    const text =
      `${rule.regulation}: ${rule.title} filed with ${input.recipient} at ${formatDateTime(filedAt, 'UTC')}` +
      `${input.reference ? ` (reference ${input.reference})` : ''}${late ? ' — after its deadline' : ''} (${rule.citation})`;
    const entry = timelineWrite(context, incident.id, 'note', text, { starred: true });
    return { writes: [{ kind: 'obligationFilings', document }, entry], result: document };
  },
});
