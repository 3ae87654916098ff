import type { z } from 'zod';
import {
  commandStructureConfig,
  decisionAuthorityMatrix,
  parseCommandStructureConfig,
  parseDecisionAuthorityMatrix,
  type CommandStructureConfig,
  type DecisionAuthorityMatrix,
} from '../authority/index.ts';
import {
  classificationCriteria,
  parseClassificationCriteria,
  type ClassificationCriteria,
} from '../classification/index.ts';
import {
  escalationPolicy,
  parseEscalationPolicy,
  type EscalationPolicy,
} from '../escalation/index.ts';
import {
  approvalPolicy,
  audience,
  cadencePolicy,
  communicationTemplate,
  parseApprovalPolicy,
  parseAudience,
  parseCadencePolicy,
  parseCommunicationTemplate,
  type ApprovalPolicy,
  type Audience,
  type CadencePolicy,
  type CommunicationTemplate,
} from '../communications/configSchemas.ts';
import {
  exerciseScenario,
  parseExerciseScenario,
  type ExerciseScenario,
} from '../exercises/scenarioSchema.ts';
import type { FrameworkKind } from '../schema/framework.ts';
import {
  handoffPolicy,
  parseHandoffPolicy,
  type HandoffPolicy,
} from '../handoffs/handoffPolicy.ts';
import {
  parsePlaybookDefinition,
  playbookDefinition,
  type PlaybookDefinitionInput,
} from './playbookSchema.ts';

/** The parsed definition of each framework kind. */
export interface FrameworkDefinitions {
  playbook: PlaybookDefinitionInput;
  classificationCriteria: ClassificationCriteria;
  decisionMatrix: DecisionAuthorityMatrix;
  escalationPolicy: EscalationPolicy;
  commandStructure: CommandStructureConfig;
  audience: Audience;
  communicationTemplate: CommunicationTemplate;
  cadencePolicy: CadencePolicy;
  approvalPolicy: ApprovalPolicy;
  exerciseScenario: ExerciseScenario;
  handoffPolicy: HandoffPolicy;
}

export interface FrameworkKindDefinition<K extends FrameworkKind> {
  kind: K;
  /** How a commander names the kind in messages. */
  label: string;
  /** The zod schema of the definition (for OpenAPI and forms). */
  schema: z.ZodType;
  /** Validate a definition; throws an error with `problems` naming each bad field. */
  parse(definition: unknown): FrameworkDefinitions[K];
  /**
   * The frameworks document id the definition is stored under: adopting a
   * definition with the same id replaces it. Criteria keep one document per
   * version (the one in effect is chosen by date); the decision matrix and
   * the command structure are one document each.
   */
  documentId(name: string, definition: FrameworkDefinitions[K]): string;
}

/** Lowercase letters, digits and dashes: ids people can read in URLs and the audit trail. */
export function frameworkSlug(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return slug || 'unnamed';
}

export const DECISION_MATRIX_ID = 'decision-matrix';
export const COMMAND_STRUCTURE_ID = 'command-structure';
export const CADENCE_POLICY_ID = 'cadence-policy';
export const HANDOFF_POLICY_ID = 'handoff-policy';

const FRAMEWORK_KIND_DEFINITIONS: { [K in FrameworkKind]: FrameworkKindDefinition<K> } = {
  playbook: {
    kind: 'playbook',
    label: 'playbook',
    schema: playbookDefinition,
    parse: parsePlaybookDefinition,
    documentId: (name) => frameworkSlug(name),
  },
  classificationCriteria: {
    kind: 'classificationCriteria',
    label: 'classification criteria',
    schema: classificationCriteria,
    parse: parseClassificationCriteria,
    documentId: (_name, criteria) => `classification-${frameworkSlug(criteria.version)}`,
  },
  decisionMatrix: {
    kind: 'decisionMatrix',
    label: 'decision-authority matrix',
    schema: decisionAuthorityMatrix,
    parse: parseDecisionAuthorityMatrix,
    documentId: () => DECISION_MATRIX_ID,
  },
  escalationPolicy: {
    kind: 'escalationPolicy',
    label: 'escalation policy',
    schema: escalationPolicy,
    parse: parseEscalationPolicy,
    documentId: (_name, policy) => policy.id,
  },
  commandStructure: {
    kind: 'commandStructure',
    label: 'command structure',
    schema: commandStructureConfig,
    parse: parseCommandStructureConfig,
    documentId: () => COMMAND_STRUCTURE_ID,
  },
  audience: {
    kind: 'audience',
    label: 'audience',
    schema: audience,
    parse: parseAudience,
    documentId: (_name, definition) => `audience-${definition.id}`,
  },
  communicationTemplate: {
    kind: 'communicationTemplate',
    label: 'communication template',
    schema: communicationTemplate,
    parse: parseCommunicationTemplate,
    documentId: (_name, definition) => `template-${definition.id}`,
  },
  cadencePolicy: {
    kind: 'cadencePolicy',
    label: 'communication cadence policy',
    schema: cadencePolicy,
    parse: parseCadencePolicy,
    documentId: () => CADENCE_POLICY_ID,
  },
  approvalPolicy: {
    kind: 'approvalPolicy',
    label: 'communication approval policy',
    schema: approvalPolicy,
    parse: parseApprovalPolicy,
    documentId: (_name, definition) => `approval-${definition.id}`,
  },
  exerciseScenario: {
    kind: 'exerciseScenario',
    label: 'exercise scenario',
    schema: exerciseScenario,
    parse: parseExerciseScenario,
    documentId: (_name, scenario) => `scenario-${scenario.id}`,
  },
  handoffPolicy: {
    kind: 'handoffPolicy',
    label: 'handoff policy',
    schema: handoffPolicy,
    parse: parseHandoffPolicy,
    documentId: () => HANDOFF_POLICY_ID,
  },
};

/** How one framework kind is validated and stored. */
export function frameworkDefinition<K extends FrameworkKind>(kind: K): FrameworkKindDefinition<K> {
  return FRAMEWORK_KIND_DEFINITIONS[kind];
}
