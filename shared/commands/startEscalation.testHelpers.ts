import type { KindName, LanternDocs } from '../store/kinds.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import type { Actor, CommandContext, CommandReads, DocumentWrite } from './command.ts';
import { startEscalation } from './startEscalation.ts';

/** Documents by kind: a tiny in-memory stand-in for the node's database in pure command tests. */
export type MemoryStore = { [K in KindName]?: LanternDocs[K][] };

function matches(doc: object, selector: Record<string, unknown>): boolean {
  return Object.entries(selector).every(([field, expected]) => {
    const value = (doc as Record<string, unknown>)[field];
    if (expected && typeof expected === 'object' && '$in' in expected)
      return (expected.$in as unknown[]).includes(value);
    return value === expected;
  });
}

const copy = <T>(value: T): T =>
  value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);

export function memoryReads(store: MemoryStore): CommandReads {
  return {
    async get(kind, id) {
      const docs = (store[kind] ?? []) as { id: string }[];
      return copy(docs.find((d) => d.id === id)) as never;
    },
    async find(kind, selector) {
      const docs = (store[kind] ?? []) as object[];
      return copy(docs.filter((d) => matches(d, selector as Record<string, unknown>))) as never;
    },
  };
}

/** Apply planned writes as the executor would (upsert by id). */
export function applyWrites(store: MemoryStore, writes: DocumentWrite[]): void {
  for (const { kind, document } of writes) {
    const docs = (store[kind] ?? []) as { id: string }[];
    const index = docs.findIndex((d) => d.id === document.id);
    if (index >= 0) docs[index] = document;
    else docs.push(document);
    (store as Record<string, unknown>)[kind] = docs;
  }
}

/** Shared by every context so ids never repeat across commands in one test run. */
let counter = 0;

export function testContext(now: Date, actor: Actor = { kind: 'system', id: 'node' }) {
  const context: CommandContext = {
    actor,
    nodeId: 'node-test',
    now,
    nextHlc: () =>
      `${String(now.getTime()).padStart(15, '0')}-${String(++counter).padStart(6, '0')}-node-test`,
    newId: (prefix) => `${prefix}-${++counter}`,
  };
  return context;
}

export const T0 = new Date('2026-11-26T10:00:00.000Z');
export const minutesAfter = (minutes: number, from = T0) =>
  new Date(from.getTime() + minutes * 60_000);

const person = (id: string, displayName: string, jobTitle?: string) => ({
  id,
  displayName,
  ...(jobTitle ? { jobTitle } : {}),
  createdAt: T0.toISOString(),
  hlc: 'h',
});

const rotation = (id: string, name: string, personId: string) => ({
  id,
  kind: 'rotation' as const,
  name,
  hlc: 'h',
  rotation: {
    teamId: 'team',
    timeZone: 'Europe/London',
    handoffTime: '09:00',
    shiftHours: 168,
    startsOn: '2026-01-05T09:00:00.000Z',
    participantIds: [personId],
  },
});

export const paymentsPolicy = {
  id: 'payments-major',
  name: 'Payments tier-1 SEV1/SEV2',
  serviceIds: ['payments-gateway'],
  severities: ['SEV1', 'SEV2'],
  levels: [
    { targets: [{ kind: 'rotation', rotationId: 'payments-primary' }], ackTimeoutMinutes: 5 },
    { targets: [{ kind: 'person', personId: 'maya-okafor' }], ackTimeoutMinutes: 10 },
    { targets: [{ kind: 'rotation', rotationId: 'duty-mim' }], ackTimeoutMinutes: 15 },
  ],
  repeat: 1,
};

export const catchAllPolicy = {
  id: 'catch-all',
  name: 'Major incident catch-all',
  severities: ['SEV1', 'SEV2', 'SEV3'],
  levels: [{ targets: [{ kind: 'rotation', rotationId: 'duty-mim' }], ackTimeoutMinutes: 10 }],
};

export function incident(overrides: Partial<IncidentDoc> = {}): IncidentDoc {
  return {
    id: 'inc-1',
    reference: 'INC-261126-0001',
    title: 'Card payments failing',
    summary: '',
    severity: 'SEV1',
    type: 'availability',
    status: 'declared',
    exercise: false,
    declaredAt: T0.toISOString(),
    declaredBy: 'ada',
    updatedAt: T0.toISOString(),
    serviceIds: ['payments-gateway'],
    roles: [
      { role: 'incident-commander', personId: 'ada', since: T0.toISOString(), assignedBy: 'ada' },
    ],
    hlc: 'h',
    ...overrides,
  };
}

/** Aisha is the only payments on-call, Yusuf the only duty MIM, Ada the Incident Commander. */
export function escalationStore(incidentOverrides: Partial<IncidentDoc> = {}): MemoryStore {
  return {
    people: [
      person('aisha-bello', 'Aisha Bello', 'Site Reliability Engineer'),
      person('maya-okafor', 'Maya Okafor', 'Platform SRE lead'),
      person('yusuf-demir', 'Yusuf Demir', 'Major Incident Manager'),
      person('ada', 'Ada Commander'),
      person('mallory', 'Mallory Bystander'),
    ],
    organisation: [
      rotation('payments-primary', 'Payments on-call (weekly)', 'aisha-bello'),
      rotation('duty-mim', 'Duty Major Incident Manager (weekly)', 'yusuf-demir'),
    ],
    frameworks: [
      {
        id: 'fw-payments',
        kind: 'escalationPolicy',
        name: paymentsPolicy.name,
        definition: paymentsPolicy,
        hlc: 'h',
      },
      {
        id: 'fw-catch-all',
        kind: 'escalationPolicy',
        name: catchAllPolicy.name,
        definition: catchAllPolicy,
        hlc: 'h',
      },
    ],
    incidents: [incident(incidentOverrides)],
    escalations: [],
    timeline: [],
  };
}

/** Escalation timeline texts in order. */
export function escalationTexts(store: MemoryStore): string[] {
  return (store.timeline ?? [])
    .filter((e) => e.kind === 'escalation')
    .map((e) => `${e.at.slice(11, 16)} ${e.text}`);
}

export const personActor = (id: string): Actor => ({ kind: 'person', id });

/** A person who confirmed it was them (PIN) at `at`: step-up commands accept them for 5 minutes. */
export const confirmedPersonActor = (id: string, at: Date): Actor => ({
  kind: 'person',
  id,
  authentication: {
    credentialId: 'session-test',
    method: 'pin',
    authenticatedAt: at.toISOString(),
  },
});

/** An escalation started at T0 for inc-1 in `store`: the store and the escalation's id. */
export async function startedEscalation(store: MemoryStore = escalationStore()) {
  const outcome = await startEscalation.plan(
    memoryReads(store),
    { incidentId: 'inc-1' },
    testContext(T0),
  );
  applyWrites(store, outcome.writes);
  return { store, id: outcome.result.escalation.id };
}
