import { authorityChain, type AuthorityContext, type ChainLink } from './authorityChain.ts';
import { DECISION_PHRASES, type Decision } from './decisions.ts';
import {
  matrixEntryFor,
  type DecisionAuthority,
  type DecisionAuthorityMatrix,
} from './matrixSchema.ts';
import { AuthorityConfigError } from './errors.ts';

export type AuthorityRuling =
  | { allowed: true; basis: 'holder'; reason: string }
  | { allowed: true; basis: 'fallback'; fallbackIndex: number; reason: string }
  | { allowed: false; reason: string };

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unavailableBefore(chain: ChainLink[], position: number): string {
  return chain
    .slice(0, position)
    .map((link) => link.unavailableBecause)
    .join('; ');
}

function denial(chain: ChainLink[], authority: DecisionAuthority, actorPosition: number): string {
  const phrase = DECISION_PHRASES[authority.decision];
  const holder = chain[0]?.label ?? 'holder';
  const current = chain.findIndex((link) => link.availableIds.length > 0);
  if (current === 0)
    return (
      `Only ${holder} may ${phrase}; fallbacks apply only when the holder is away, ` +
      `off shift or silent for ${authority.silentAfterMinutes} min`
    );
  if (current > 0) {
    const now = `${capitalise(unavailableBefore(chain, current))}, so ${chain[current]?.label} may ${phrase} now`;
    return actorPosition > current ? `${now}; you are a later fallback` : now;
  }
  return (
    `Nobody who may ${phrase} is available: ${unavailableBefore(chain, chain.length)}. ` +
    (chain[0]?.holder.kind === 'role'
      ? `Assign ${chain[0].title} role to someone who is here`
      : `Reach ${holder} or amend the decision-authority matrix`)
  );
}

/**
 * May this person take this decision in this incident now? The holder may;
 * a fallback may once everyone before it in the chain is away, off shift or
 * silent. Refusals say who may act instead.
 */
export function resolveAuthority(
  matrix: DecisionAuthorityMatrix,
  decision: Decision,
  context: AuthorityContext,
): AuthorityRuling {
  const authority = matrixEntryFor(matrix, decision);
  if (!authority)
    throw new AuthorityConfigError(
      `Decision-authority matrix ${matrix.version} does not say who may ${DECISION_PHRASES[decision]}`,
    );
  const chain = authorityChain(authority, context);
  const phrase = DECISION_PHRASES[decision];
  const actorPosition = chain.findIndex((link) => link.personIds.includes(context.actorId));
  const current = chain.findIndex((link) => link.availableIds.length > 0);
  const actorName = context.names?.[context.actorId] ?? context.actorId;
  if (actorPosition === 0)
    return {
      allowed: true,
      basis: 'holder',
      reason:
        chain[0]?.holder.kind === 'role'
          ? `${actorName} is ${chain[0].title}, who may ${phrase}`
          : `${actorName} is named in the decision-authority matrix to ${phrase}`,
    };
  if (actorPosition > 0 && (current === -1 || current >= actorPosition))
    return {
      allowed: true,
      basis: 'fallback',
      fallbackIndex: actorPosition - 1,
      reason:
        `${capitalise(unavailableBefore(chain, actorPosition))}, so ${actorName} may ${phrase} ` +
        `as the ${ORDINALS[actorPosition - 1] ?? `#${actorPosition}`} fallback`,
    };
  return { allowed: false, reason: denial(chain, authority, actorPosition) };
}
