import { z } from 'zod';
import { planAcknowledgement } from '../commands/acknowledgePage.ts';
import { defineCommand, type CommandContext, type CommandReads } from '../commands/command.ts';
import { conflict, forbidden, notFound } from '../commands/errors.ts';
import { escalationEntry } from '../commands/advanceEscalation.ts';
import { displayNameOf } from '../framework/references.ts';
import type { PageDoc } from './pageRecords.ts';
import { responderWrites, stoppedPage, type PageAcknowledgement } from './pageStops.ts';

/** The node's inbound paging routes act as this; no HTTP caller can name a system actor. */
export const PAGING_INBOUND_ACTOR = { kind: 'system', id: 'paging-inbound' } as const;

export const acknowledgePageFromInput = z
  .object({
    pageId: z.string().min(1).max(64),
    via: z.enum(['sms', 'voice', 'email']),
    /** E-mail link: SHA-256 of the one-time token (the route hashes what the link carried). */
    linkTokenHash: z.string().max(80).optional(),
  })
  .strict();

export async function requirePage(reads: CommandReads, pageId: string): Promise<PageDoc> {
  const doc = await reads.get('communications', pageId);
  if (doc?.kind !== 'page' || !doc.page) throw notFound('page', pageId);
  return doc as PageDoc;
}

function checkLink(page: PageDoc, hash: string | undefined, now: Date): void {
  const { linkTokenHash, linkExpiresAt, linkUsedAt } = page.page;
  if (!hash || !linkTokenHash || hash !== linkTokenHash)
    throw forbidden('This acknowledgement link is not valid (a newer page may have replaced it)');
  if (linkUsedAt) throw conflict(`This link was already used at ${linkUsedAt}`);
  if (!linkExpiresAt || Date.parse(linkExpiresAt) < now.getTime())
    throw forbidden('This acknowledgement link has expired; acknowledge in Lantern instead');
}

/** A page with no escalation (the duty commander's): acknowledging stops just that page. */
async function acknowledgeLonePage(
  reads: CommandReads,
  context: CommandContext,
  page: PageDoc,
  ack: PageAcknowledgement,
) {
  const incident = await reads.get('incidents', page.incidentId);
  if (!incident) throw notFound('incident', page.incidentId);
  const name = await displayNameOf(reads, ack.by);
  const text = `${name} acknowledged the page (${ack.via})`;
  return {
    writes: [
      { kind: 'communications' as const, document: stoppedPage(page, ack, context) },
      ...responderWrites(incident, ack.by, context),
      escalationEntry(context, incident.id, text, context.now.toISOString(), true),
    ],
    result: { pages: [] },
  };
}

/**
 * The paged person acknowledged from where the page landed: an SMS reply
 * with the page's code, a key press in the call (both checked by the
 * provider's signature in the node), or the e-mail's one-time link
 * (checked here against its stored hash, once, before it expires).
 */
export const acknowledgePageFrom = defineCommand({
  name: 'acknowledgePageFrom',
  summary: 'Record a page acknowledged by SMS reply, key press or e-mail link (node only)',
  input: acknowledgePageFromInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'system' || context.actor.id !== PAGING_INBOUND_ACTOR.id)
      throw forbidden('Only the node’s inbound paging routes record these acknowledgements');
    const page = await requirePage(reads, input.pageId);
    if (page.page.status !== 'paging') throw conflict(`This page was already ${page.page.status}`);
    if (input.via === 'email') checkLink(page, input.linkTokenHash, context.now);
    const ack: PageAcknowledgement = { by: page.page.personId, via: input.via };
    const planned = page.page.escalationId
      ? await planAcknowledgement(
          reads,
          { ...context, actor: { kind: 'person', id: ack.by } },
          page.page.escalationId,
          ack,
        )
      : await acknowledgeLonePage(reads, context, page, ack);
    if (input.via !== 'email') return planned;
    // The link is spent: mark it on the page the acknowledgement just stopped.
    const writes = planned.writes.map((write) =>
      write.kind === 'communications' && write.document.id === page.id
        ? {
            ...write,
            document: {
              ...write.document,
              page: { ...(write.document as PageDoc).page, linkUsedAt: context.now.toISOString() },
            },
          }
        : write,
    );
    return { ...planned, writes };
  },
});

export const issuePageLinkInput = z
  .object({
    pageId: z.string().min(1).max(64),
    linkTokenHash: z.string().regex(/^[0-9a-f]{64}$/),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .strict();

/** The sending node stores the hash of an e-mail's one-time link before the e-mail leaves. */
export const issuePageLink = defineCommand({
  name: 'issuePageLink',
  summary: 'Outbox: store the hash of a page e-mail’s one-time acknowledgement link (node only)',
  input: issuePageLinkInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'system')
      throw forbidden('Only the node’s outbox issues acknowledgement links');
    const page = await requirePage(reads, input.pageId);
    if (page.senderNodeId !== context.nodeId)
      throw conflict(
        `Page ${page.id} is sent by node ${page.senderNodeId ?? '(none)'}, not this one`,
      );
    const { linkUsedAt: _used, ...rest } = page.page;
    const document: PageDoc = {
      ...page,
      page: { ...rest, linkTokenHash: input.linkTokenHash, linkExpiresAt: input.expiresAt },
      updatedAt: context.now.toISOString(),
      hlc: context.nextHlc(),
    };
    return { writes: [{ kind: 'communications', document }], result: { pageId: page.id } };
  },
});
