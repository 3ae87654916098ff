// From an escalation step falling due to the page being accepted by the
// local Twilio-compatible SMS and Calls servers: the node's own latency
// (scheduler wake, commands, outbox, HTTP to the provider), p95 over runs.
import type { BenchGoal } from '../goalTable.ts';
import type { PagingBenchSection } from './section.ts';
import { PAGING_INBOUND_ACTOR } from '../../shared/paging/acknowledgePageFrom.ts';
import type { PageDoc } from '../../shared/paging/pageRecords.ts';
import {
  createPagingTestNode,
  ZOFIA_PHONE,
} from '../../electron/core/paging/paging.testHelpers.ts';

const RUNS = 30;
const MINUTE = 60_000;
const zofia = { kind: 'person', id: 'zofia-nowak' } as const;
const oliver = { kind: 'person', id: 'oliver-hughes' } as const;

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

async function goals(): Promise<BenchGoal[]> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const paging = await createPagingTestNode(cleanups);
  const { node, twilio, settle } = paging;
  // The page's SMS and call fall due 1 minute after the step: the fake clock is moved to that moment.
  await node.execute(
    'setContactMethods',
    {
      personId: 'zofia-nowak',
      methods: [
        { id: 'mobile', type: 'sms', address: ZOFIA_PHONE },
        { id: 'call', type: 'voice', address: ZOFIA_PHONE },
      ],
      rules: [
        { methodId: 'mobile', afterMinutes: 1 },
        { methodId: 'call', afterMinutes: 1 },
      ],
    },
    zofia,
  );
  const sms: number[] = [];
  const voice: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await node.execute(
      'declareIncident',
      { title: `Card payments failing ${run}`, severity: 'SEV1', serviceIds: ['payments-gateway'] },
      oliver,
    );
    await settle();
    const before = { sms: twilio.messages.length, voice: twilio.calls.length };
    const dueAt = Date.now();
    await node.clock.advance(MINUTE, settle);
    const text = twilio.messages[before.sms];
    const call = twilio.calls[before.voice];
    if (!text || !call) throw new Error(`run ${run}: the page was not accepted by SMS and voice`);
    sms.push(text.acceptedAt - dueAt);
    voice.push(call.acceptedAt - dueAt);
    const open = (await paging.pagesOf('zofia-nowak')).filter(
      (p: PageDoc) => p.page.status === 'paging',
    );
    for (const page of open)
      await node.execute(
        'acknowledgePageFrom',
        { pageId: page.id, via: 'sms' },
        PAGING_INBOUND_ACTOR,
      );
  }
  for (const cleanup of cleanups.reverse()) await cleanup();
  const goal = (name: string, values: number[]): BenchGoal => {
    const value = p95(values);
    return { name, value, unit: 'ms', goal: 2000, met: value < 2000 };
  };
  return [
    goal('page step due → accepted by SMS provider (p95)', sms),
    goal('page step due → accepted by Calls API (p95)', voice),
  ];
}

export const section: PagingBenchSection = {
  name: 'page-latency',
  describe: `an escalation page step falling due until the local SMS and Calls servers accept it (${RUNS} runs)`,
  run: async () => ({ goals: await goals() }),
};
