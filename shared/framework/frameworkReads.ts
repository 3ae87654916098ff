import type { CommandStructureConfig, DecisionAuthorityMatrix } from '../authority/index.ts';
import { criteriaInEffect, type ClassificationCriteria } from '../classification/index.ts';
import type { CommandReads } from '../commands/command.ts';
import { conflict } from '../commands/errors.ts';
import type { Playbook } from '../playbooks/index.ts';
import type { FrameworkDoc, FrameworkKind } from '../schema/framework.ts';
import {
  COMMAND_STRUCTURE_ID,
  DECISION_MATRIX_ID,
  frameworkDefinition,
  type FrameworkDefinitions,
} from './frameworkKinds.ts';

/** A stored definition read back; a document that no longer parses is a conflict to fix, not a crash. */
export function storedDefinition<K extends FrameworkKind>(
  kind: K,
  doc: FrameworkDoc,
): FrameworkDefinitions[K] {
  const kindDefinition = frameworkDefinition(kind);
  try {
    return kindDefinition.parse(kind === 'playbook' ? doc.playbook : doc.definition);
  } catch (error) {
    throw conflict(
      `The adopted ${kindDefinition.label} "${doc.name}" is not valid (${(error as Error).message}); adopt a corrected one`,
    );
  }
}

/** Every adopted classification-criteria version, parsed, from frameworks documents (pure). */
export function criteriaVersionsOf(docs: readonly FrameworkDoc[]): ClassificationCriteria[] {
  return docs
    .filter((doc) => doc.kind === 'classificationCriteria')
    .map((doc) => storedDefinition('classificationCriteria', doc));
}

/** The classification criteria in effect now, or undefined when none have been adopted. */
export async function classificationCriteriaInEffect(
  reads: CommandReads,
  now: Date,
): Promise<ClassificationCriteria | undefined> {
  const versions = criteriaVersionsOf(
    await reads.find('frameworks', { kind: 'classificationCriteria' }),
  );
  if (versions.length === 0) return undefined;
  try {
    return criteriaInEffect(versions, now);
  } catch (error) {
    throw conflict((error as Error).message);
  }
}

export async function decisionMatrixOrUndefined(
  reads: CommandReads,
): Promise<DecisionAuthorityMatrix | undefined> {
  const doc = await reads.get('frameworks', DECISION_MATRIX_ID);
  return doc ? storedDefinition('decisionMatrix', doc) : undefined;
}

/** The adopted decision-authority matrix; commands that need one refuse without it. */
export async function requireDecisionMatrix(reads: CommandReads): Promise<DecisionAuthorityMatrix> {
  const matrix = await decisionMatrixOrUndefined(reads);
  if (!matrix)
    throw conflict(
      'No decision-authority matrix has been adopted: adopt resources/framework/decision-authority.json or your own (adoptFramework, kind decisionMatrix)',
    );
  return matrix;
}

export async function commandStructureOrUndefined(
  reads: CommandReads,
): Promise<CommandStructureConfig | undefined> {
  const doc = await reads.get('frameworks', COMMAND_STRUCTURE_ID);
  return doc ? storedDefinition('commandStructure', doc) : undefined;
}

/** The adopted command structure; commands that assign roles refuse without it. */
export async function requireCommandStructure(
  reads: CommandReads,
): Promise<CommandStructureConfig> {
  const config = await commandStructureOrUndefined(reads);
  if (!config)
    throw conflict(
      'No command structure has been adopted: adopt resources/framework/command-structure.json or your own (adoptFramework, kind commandStructure)',
    );
  return config;
}

/** Adopted playbooks in a stable order (by id), as the playbook rules take them. */
export async function adoptedPlaybooks(reads: CommandReads): Promise<Playbook[]> {
  const docs = await reads.find('frameworks', { kind: 'playbook' });
  return docs
    .toSorted((a, b) => a.id.localeCompare(b.id))
    .flatMap((doc) => (doc.playbook ? [{ id: doc.id, name: doc.name, ...doc.playbook }] : []));
}
