import type { Actor } from '../../../shared/commands/command.ts';
import type { AuditEntryDoc } from '../../../shared/schema/auditEntry.ts';

/**
 * A command this node committed, as its audit entry records it: what
 * reactions and schedulers follow. Built from the audit entry alone, so a
 * reaction catching up after a restart sees exactly what it would have seen
 * live.
 */
export interface CommittedCommand {
  /** This node's audit sequence number: the commit order. */
  seq: number;
  at: string;
  name: string;
  input: Record<string, unknown>;
  actor: Actor;
  /** `collection/id` of every document the command wrote. */
  documentIds: string[];
}

export function committedFromAudit(entry: AuditEntryDoc): CommittedCommand {
  const colon = entry.actorId.indexOf(':');
  return {
    seq: entry.seq,
    at: entry.at,
    name: entry.command,
    input: entry.input as Record<string, unknown>,
    actor: {
      kind: entry.actorId.slice(0, colon) as Actor['kind'],
      id: entry.actorId.slice(colon + 1),
    },
    documentIds: [...entry.documentIds],
  };
}

/** The ids a command wrote in one collection (kind), e.g. the incident a declaration created. */
export function writtenIds(command: CommittedCommand, collection: string): string[] {
  const prefix = `${collection}/`;
  return command.documentIds
    .filter((id) => id.startsWith(prefix))
    .map((id) => id.slice(prefix.length));
}

export type CommittedListener = (command: CommittedCommand) => void;

/**
 * The node's stream of committed commands, in commit order. The executor
 * publishes each command once its documents and audit entry are stored;
 * listeners run synchronously and one that throws cannot fail the command.
 */
export class CommittedCommands {
  private readonly listeners = new Set<CommittedListener>();
  private readonly log: (message: string) => void;

  constructor(log: (message: string) => void = () => undefined) {
    this.log = log;
  }

  /** The executor's `onCommitted` hook. */
  readonly publish = (entry: AuditEntryDoc): void => {
    const command = committedFromAudit(entry);
    for (const listener of this.listeners) {
      try {
        listener(command);
      } catch (error) {
        this.log(`a listener of ${command.name} failed: ${(error as Error).message}`);
      }
    }
  };

  subscribe(listener: CommittedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
