/**
 * The alert storm of `npm run bench:alerts`: Alertmanager alerts over a set
 * of fingerprints, resolves mixed in, split over concurrent clients. Each
 * fingerprint belongs to one client, whose requests go one after another,
 * so the order of a fingerprint's events is known and the truth (episodes,
 * counts, final states) can be computed here and compared with the node.
 */
export interface StormOptions {
  alerts: number;
  fingerprints: number;
  clients: number;
  alertsPerRequest: number;
  /** Chance that an event of a firing fingerprint is its resolve. */
  resolveChance: number;
  seed: number;
}

export interface StormEvent {
  fingerprint: string;
  service: string;
  status: 'firing' | 'resolved';
  /** The episode this event lands in and the alert's count after it (the truth). */
  episode: number;
  countAfter: number;
}

export interface StormTruth {
  alerts: number;
  episodes: number;
  firing: number;
  resolved: number;
}

export interface Storm {
  /** Per client: its requests, each a list of events, in sending order. */
  requests: StormEvent[][][];
  truth: StormTruth;
}

/** Mulberry32: a small seeded generator, so every run posts the same storm. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface FingerprintState {
  episode: number;
  count: number;
  status: 'firing' | 'resolved' | undefined;
}

export function generateStorm(options: StormOptions): Storm {
  const next = random(options.seed);
  const states: FingerprintState[] = Array.from({ length: options.fingerprints }, () => ({
    episode: 0,
    count: 0,
    status: undefined,
  }));
  const perClient: StormEvent[][] = Array.from({ length: options.clients }, () => []);
  for (let n = 0; n < options.alerts; n++) {
    const index = Math.floor(next() * options.fingerprints);
    const state = states[index] as FingerprintState;
    const status =
      state.status === 'firing' && next() < options.resolveChance ? 'resolved' : 'firing';
    if (state.status === undefined || (state.status === 'resolved' && status === 'firing')) {
      state.episode++;
      state.count = 0;
    }
    state.count++;
    // A repeated resolve of a closed alert folds into it; the status stays resolved.
    state.status = state.status === 'resolved' && status === 'resolved' ? 'resolved' : status;
    (perClient[index % options.clients] as StormEvent[]).push({
      fingerprint: index.toString(16).padStart(16, '0'),
      service: `service-${index % 40}`,
      status,
      episode: state.episode,
      countAfter: state.count,
    });
  }
  const requests = perClient.map((events) => {
    const chunks: StormEvent[][] = [];
    for (let i = 0; i < events.length; i += options.alertsPerRequest)
      chunks.push(events.slice(i, i + options.alertsPerRequest));
    return chunks;
  });
  const touched = states.filter((state) => state.episode > 0);
  const episodes = touched.reduce((sum, state) => sum + state.episode, 0);
  const firing = touched.filter((state) => state.status === 'firing').length;
  return {
    requests,
    truth: { alerts: options.alerts, episodes, firing, resolved: episodes - firing },
  };
}

/** One request as Alertmanager's webhook (version 4) sends it. */
export function webhookBody(events: StormEvent[], now: string): string {
  return JSON.stringify({
    version: '4',
    groupKey: '{}:{alertname="StormAlert"}',
    truncatedAlerts: 0,
    status: events.some((event) => event.status === 'firing') ? 'firing' : 'resolved',
    receiver: 'lantern',
    groupLabels: { alertname: 'StormAlert' },
    commonLabels: { alertname: 'StormAlert' },
    commonAnnotations: {},
    externalURL: 'http://alertmanager.bench:9093',
    alerts: events.map((event) => ({
      status: event.status,
      labels: labelsOf(event),
      annotations: { summary: `Storm alert ${event.fingerprint} on ${event.service}` },
      startsAt: now,
      endsAt: event.status === 'resolved' ? now : '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus.bench:9090/graph',
      fingerprint: event.fingerprint,
    })),
  });
}

/** The same request as Alertmanager's own API takes it (`POST /api/v2/alerts`). */
export function alertmanagerApiBody(events: StormEvent[], now: Date): string {
  const past = new Date(now.getTime() - 1000).toISOString();
  return JSON.stringify(
    events.map((event) => ({
      labels: labelsOf(event),
      annotations: { summary: `Storm alert ${event.fingerprint} on ${event.service}` },
      startsAt: past,
      ...(event.status === 'resolved' ? { endsAt: past } : {}),
      generatorURL: 'http://prometheus.bench:9090/graph',
    })),
  );
}

function labelsOf(event: StormEvent): Record<string, string> {
  return {
    alertname: 'StormAlert',
    fingerprint: event.fingerprint,
    service: event.service,
    severity: Number.parseInt(event.fingerprint, 16) % 10 === 0 ? 'critical' : 'warning',
  };
}
