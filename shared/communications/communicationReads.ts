import type { CommandReads } from '../commands/command.ts';
import { conflict, invalidInput, notFound } from '../commands/errors.ts';
import { CADENCE_POLICY_ID } from '../framework/frameworkKinds.ts';
import { storedDefinition } from '../framework/frameworkReads.ts';
import type { CommunicationDoc } from '../schema/communication.ts';
import type {
  ApprovalPolicy,
  Audience,
  CadencePolicy,
  CommunicationTemplate,
} from './configSchemas.ts';

export type MessageDoc = CommunicationDoc & { kind: 'message' };
export type CadenceDoc = CommunicationDoc & { kind: 'cadence' };

export async function adoptedAudiences(reads: CommandReads): Promise<Audience[]> {
  const docs = await reads.find('frameworks', { kind: 'audience' });
  return docs
    .map((doc) => storedDefinition('audience', doc))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export async function requireAudience(reads: CommandReads, audienceId: string): Promise<Audience> {
  const found = (await adoptedAudiences(reads)).find((a) => a.id === audienceId);
  if (!found)
    throw invalidInput([
      {
        field: 'audienceId',
        reason: `no audience "${audienceId}" has been adopted (adoptFramework, kind audience)`,
      },
    ]);
  return found;
}

export async function adoptedTemplates(reads: CommandReads): Promise<CommunicationTemplate[]> {
  const docs = await reads.find('frameworks', { kind: 'communicationTemplate' });
  return docs.map((doc) => storedDefinition('communicationTemplate', doc));
}

export async function cadencePolicyOrUndefined(
  reads: CommandReads,
): Promise<CadencePolicy | undefined> {
  const doc = await reads.get('frameworks', CADENCE_POLICY_ID);
  return doc ? storedDefinition('cadencePolicy', doc) : undefined;
}

/** The approval policy that covers an audience: one naming it, else one for every external audience. */
export async function approvalPolicyFor(
  reads: CommandReads,
  audience: Audience,
): Promise<ApprovalPolicy | undefined> {
  const docs = await reads.find('frameworks', { kind: 'approvalPolicy' });
  const policies = docs.map((doc) => storedDefinition('approvalPolicy', doc));
  return (
    policies.find((p) => p.audienceIds.includes(audience.id)) ??
    (audience.external ? policies.find((p) => p.audienceIds.length === 0) : undefined)
  );
}

export async function requireMessage(reads: CommandReads, messageId: string): Promise<MessageDoc> {
  const doc = await reads.get('communications', messageId);
  if (doc?.kind !== 'message') throw notFound('communication', messageId);
  return doc as MessageDoc;
}

/** A message or a page: both go out through the outbox as deliveries. */
export async function requireOutgoing(
  reads: CommandReads,
  messageId: string,
): Promise<CommunicationDoc> {
  const doc = await reads.get('communications', messageId);
  if (doc?.kind !== 'message' && doc?.kind !== 'page') throw notFound('communication', messageId);
  return doc;
}

/** A message that has not been sent yet; once sent, its content is the record and never changes. */
export async function requireUnsentMessage(
  reads: CommandReads,
  messageId: string,
): Promise<MessageDoc> {
  const message = await requireMessage(reads, messageId);
  if (message.sentAt)
    throw conflict(
      'This message has been sent; draft a new update instead of changing what went out',
    );
  return message;
}

export function cadenceId(incidentId: string, audienceId: string): string {
  return `cad-${incidentId}-${audienceId}`.slice(0, 64);
}
