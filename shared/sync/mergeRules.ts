import { isKindName, lanternKinds } from '../store/kinds.ts';
import { registersOnly, type ObjectRule } from './mergeRuleTypes.ts';

/**
 * The merge rule of a kind, as the kind declares it (`shared/<feature>/kinds.ts`);
 * docs/sync.md has the table and the reasons. A name that is not a kind merges
 * field by field (every field a register).
 */
export function mergeRuleFor(kindName: string): ObjectRule {
  return isKindName(kindName) ? lanternKinds[kindName].merge : registersOnly;
}
