import { z } from 'zod';
import { rollUpStatus } from '../authority/index.ts';
import type { IncidentStatus } from '../domain/incident.ts';
import type { Severity } from '../domain/severity.ts';
import { decisionWrite } from '../framework/decisionRecord.ts';
import { requireDecisionMatrix } from '../framework/frameworkReads.ts';
import {
  authorityContextFor,
  describeBasis,
  requireAuthority,
} from '../framework/incidentAuthority.ts';
import { updatedIncident } from '../framework/incidentUpdate.ts';
import { requireIncident } from '../framework/references.ts';
import { subIncidentsOf } from '../framework/subIncidents.ts';
import { resolveStops } from '../incidents/resolveStops.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import {
  defineCommand,
  type CommandContext,
  type CommandReads,
  type DocumentWrite,
} from './command.ts';
import { conflict, invalidInput } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const STATUS_TARGETS = ['investigating', 'mitigated', 'resolved', 'closed'] as const;
type StatusTarget = (typeof STATUS_TARGETS)[number];

export const changeIncidentStatusInput = z
  .object({
    incidentId: z.string().min(1).max(64),
    status: z.enum(STATUS_TARGETS, { error: `status must be one of ${STATUS_TARGETS.join(', ')}` }),
    note: z.string().trim().max(2000).optional(),
    /** Required to resolve: what was wrong and what fixed it. */
    resolutionSummary: z.string().trim().max(2000).optional(),
  })
  .strict();

/** A parent of sub-incidents is resolved or closed only when every sub-incident is. */
async function assertSubIncidentsDone(
  reads: CommandReads,
  incident: IncidentDoc,
  status: StatusTarget,
) {
  if (status !== 'resolved' && status !== 'closed') return;
  const subIncidents = await subIncidentsOf(reads, incident.id);
  if (subIncidents.length === 0) return;
  const rolled = rollUpStatus(
    { status: incident.status as IncidentStatus, severity: incident.severity as Severity },
    subIncidents,
  );
  if (!rolled.canResolve)
    throw conflict(
      `${incident.reference} cannot be ${status} while sub-incidents are open: ${rolled.blockers.join('; ')}`,
    );
}

/** Closing needs the close-incident authority; the decision log keeps it. */
async function closeAuthority(
  reads: CommandReads,
  context: CommandContext,
  incident: IncidentDoc,
  note: string | undefined,
): Promise<{ writes: DocumentWrite[]; basis: string }> {
  const matrix = await requireDecisionMatrix(reads);
  const authority = await authorityContextFor(reads, incident.roles ?? [], context, incident.id);
  const ruling = requireAuthority(matrix, 'close-incident', authority);
  const text = {
    summary: `Closed ${incident.reference}`,
    rationale: note || 'The response is complete',
  };
  return {
    writes: [decisionWrite(context, incident.id, 'close-incident', text, ruling)],
    basis: ` ${describeBasis(matrix, 'close-incident', authority, ruling)}`,
  };
}

function statusTimes(
  incident: IncidentDoc,
  status: StatusTarget,
  at: string,
): Partial<IncidentDoc> {
  if (status === 'closed') return { resolvedAt: incident.resolvedAt ?? at, closedAt: at };
  if (status === 'resolved') return { resolvedAt: at };
  if (status === 'mitigated') return { mitigatedAt: incident.mitigatedAt ?? at };
  return {};
}

export const MIN_RESOLUTION_SUMMARY = 10;

/** Resolving needs a summary a reader can learn from; refuse in plain words without one. */
function requireResolutionSummary(incident: IncidentDoc, summary: string | undefined): string {
  if (summary && summary.length >= MIN_RESOLUTION_SUMMARY) return summary;
  throw invalidInput([
    {
      field: 'resolutionSummary',
      reason: summary
        ? `Say a little more in the resolution summary (at least ${MIN_RESOLUTION_SUMMARY} characters): what was wrong and what fixed it`
        : `Write a resolution summary before resolving ${incident.reference}: what was wrong and what fixed it`,
    },
  ]);
}

/**
 * Move an incident through investigating, mitigated, resolved and closed.
 * Any open status may follow another (a resolved incident may be reopened);
 * nothing follows closed.
 */
export const changeIncidentStatus = defineCommand({
  name: 'changeIncidentStatus',
  summary: 'Move an incident to investigating, mitigated, resolved or closed',
  input: changeIncidentStatusInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await requireIncident(reads, input.incidentId);
    if (incident.status === 'closed')
      throw conflict(
        `${incident.reference} is closed; its record is final — declare a new incident if the problem is back`,
      );
    if (incident.status === input.status)
      throw invalidInput([
        { field: 'status', reason: `${incident.reference} is already ${input.status}` },
      ]);
    await assertSubIncidentsDone(reads, incident, input.status);
    const resolutionSummary =
      input.status === 'resolved'
        ? requireResolutionSummary(incident, input.resolutionSummary)
        : undefined;
    const close =
      input.status === 'closed'
        ? await closeAuthority(reads, context, incident, input.note)
        : undefined;
    const { resolvedAt: _reopened, ...open } = incident;
    const base = input.status === 'resolved' || input.status === 'closed' ? incident : open;
    const updated = updatedIncident(
      base,
      {
        status: input.status,
        ...statusTimes(incident, input.status, context.now.toISOString()),
        ...(resolutionSummary ? { resolutionSummary } : {}),
      },
      context,
    );
    const stops = input.status === 'resolved' ? await resolveStops(reads, incident, context) : [];
    const actorName =
      (await reads.get('people', context.actor.id))?.displayName ?? context.actor.id;
    const said = resolutionSummary ? `Resolution: ${resolutionSummary}` : input.note;
    const note = said ? `: ${said}` : '';
    const text = `Status ${incident.status} → ${input.status} — by ${actorName}${close?.basis ?? ''}${note}`;
    const starred = input.status === 'resolved' || input.status === 'closed';
    const entry = timelineWrite(context, incident.id, 'status-change', text, { starred });
    return {
      writes: [{ kind: 'incidents', document: updated }, entry, ...stops, ...(close?.writes ?? [])],
      result: updated,
    };
  },
});
