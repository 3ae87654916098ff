import { EventEmitter } from 'node:events';
import type { Actor } from '../../../shared/commands/command.ts';
import type { HandoffReminder } from '../../../shared/commands/remindHandoff.ts';

/** Someone was paged by an escalation; the same words are on the incident's timeline. */
export interface PageEvent {
  incidentId: string;
  escalationId: string;
  personIds: string[];
  text: string;
  /** When the page was due (a catch-up after a restart reports the original time). */
  at: string;
}

/** A stakeholder update is due soon or overdue; the same words are on the incident's timeline. */
export interface CommunicationDueEvent {
  stage: 'reminder' | 'overdue';
  incidentId: string;
  /** The Communications Lead to remind, when one is assigned. */
  ownerId: string | null;
  text: string;
}

export interface NodeEventMap {
  page: [PageEvent];
  communicationDue: [CommunicationDueEvent];
  /** An outgoing lead's shift ends soon; the same words are on the incident's timeline. */
  handoffReminder: [HandoffReminder];
}

/**
 * What the node announces to whoever hosts it. The Electron main process
 * listens (`node.events.on('page', …)`) and shows desktop notifications;
 * the headless node has no listener and the timeline carries the page.
 */
export class NodeEvents extends EventEmitter<NodeEventMap> {}

export type ExecuteCommand = (name: string, input: unknown, actor: Actor) => Promise<unknown>;

function pagesOf(result: unknown): PageEvent[] {
  if (typeof result !== 'object' || result === null || !('pages' in result)) return [];
  const pages = (result as { pages: unknown }).pages;
  return Array.isArray(pages) ? (pages as PageEvent[]) : [];
}

/**
 * Wrap the node's execute so that every page a command reports (start,
 * advance) is announced once, whichever caller ran it: HTTP, IPC or the
 * scheduler. A listener that throws cannot fail the command.
 */
export function announcingPages(
  execute: ExecuteCommand,
  events: NodeEvents,
  log: (message: string) => void = () => undefined,
): ExecuteCommand {
  return async (name, input, actor) => {
    const result = await execute(name, input, actor);
    for (const page of pagesOf(result)) {
      try {
        events.emit('page', page);
      } catch (error) {
        log(`a page listener failed: ${(error as Error).message}`);
      }
    }
    return result;
  };
}
