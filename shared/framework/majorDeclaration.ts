import { declarationDecisions } from '../authority/index.ts';
import { describeSeverity } from '../classification/index.ts';
import type { CommandContext, CommandReads, DocumentWrite } from '../commands/command.ts';
import type { Severity } from '../domain/severity.ts';
import { decisionWrite } from './decisionRecord.ts';
import { decisionMatrixOrUndefined } from './frameworkReads.ts';
import { authorityContextFor, requireAuthority, type AllowedRuling } from './incidentAuthority.ts';

const COMMANDER = 'incident-commander';

/**
 * Declaring at a major severity needs the `declare-major-incident`
 * authority. A new incident has no roles yet and standing roles outside
 * incidents are not modelled, so a person who declares is judged as the
 * holder of command of the incident they are declaring: allowed wherever
 * the matrix gives the decision to the Incident Commander, refused where it
 * names someone else. Automated declarations (integrations, the node) are
 * allowed and say so. Returns the decision-log entry, or nothing when the
 * severity is not major or no matrix is adopted.
 */
export async function majorDeclarationDecision(
  reads: CommandReads,
  context: CommandContext,
  incident: { id: string; severity: Severity; rationale: string },
): Promise<DocumentWrite[]> {
  const decision = declarationDecisions(incident.severity)[0];
  if (!decision) return [];
  const matrix = await decisionMatrixOrUndefined(reads);
  if (!matrix) return [];
  let ruling: AllowedRuling;
  if (context.actor.kind === 'person') {
    const roles = [{ role: COMMANDER, personId: context.actor.id }];
    const allowed = requireAuthority(
      matrix,
      decision,
      await authorityContextFor(reads, roles, context),
    );
    ruling = {
      ...allowed,
      reason: `${allowed.reason} (as the declarer, who holds command of a new incident)`,
    };
  } else {
    ruling = {
      allowed: true,
      basis: 'holder',
      reason: `Declared automatically by ${context.actor.kind} "${context.actor.id}"; the commander confirms or lowers the severity on taking command`,
    };
  }
  const summary = `Declared a major incident at ${describeSeverity(incident.severity)}`;
  return [
    decisionWrite(
      context,
      incident.id,
      decision,
      { summary, rationale: incident.rationale },
      ruling,
    ),
  ];
}
