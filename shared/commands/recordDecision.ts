import { z } from 'zod';
import { DECISION_PHRASES, DECISIONS } from '../authority/index.ts';
import { decisionWrite } from '../framework/decisionRecord.ts';
import { requireDecisionMatrix } from '../framework/frameworkReads.ts';
import {
  authorityContextFor,
  describeBasis,
  requireAuthority,
} from '../framework/incidentAuthority.ts';
import { requireOpenIncident } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { timelineWrite } from './timelineEntry.ts';

export const recordDecisionInput = z
  .object({
    incidentId: z.string().min(1).max(64),
    decision: z.enum(DECISIONS, { error: `decision must be one of ${DECISIONS.join(', ')}` }),
    summary: z.string().trim().min(1, 'say what was decided').max(2000),
    rationale: z.string().trim().min(1, 'say why').max(5000),
  })
  .strict();

/**
 * Log a decision the decision-authority matrix governs. The actor must hold
 * the decision or be the fallback whose turn it is; the log keeps the basis
 * (holder or which fallback, and why) and the timeline names it.
 */
export const recordDecision = defineCommand({
  name: 'recordDecision',
  summary: 'Record a decision in the incident’s decision log, on the authority the matrix gives',
  input: recordDecisionInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await requireOpenIncident(reads, input.incidentId);
    const matrix = await requireDecisionMatrix(reads);
    const authority = await authorityContextFor(reads, incident.roles ?? [], context, incident.id);
    const ruling = requireAuthority(matrix, input.decision, authority);
    const decision = decisionWrite(context, incident.id, input.decision, input, ruling);
    const name = authority.names?.[context.actor.id] ?? context.actor.id;
    const basis = describeBasis(matrix, input.decision, authority, ruling);
    const text =
      `Decision (${DECISION_PHRASES[input.decision]}): ${input.summary} — ${name}, ${basis}. ` +
      `Rationale: ${input.rationale}`;
    const entry = timelineWrite(context, incident.id, 'decision', text, { starred: true });
    return { writes: [decision, entry], result: decision.document };
  },
});
