import { SEVERITIES, type Severity } from '../../shared/domain/severity.ts';
import { INCIDENT_TYPES } from '../../shared/domain/incident.ts';
import type {
  IncidentEvents,
  MeasuredIncident,
} from '../../shared/improvement/incidentMeasures.ts';

/** A small seeded generator, so every run measures the same history. */
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

const SEVERITY_SHARE: Record<Severity, number> = {
  SEV1: 0.03,
  SEV2: 0.12,
  SEV3: 0.35,
  SEV4: 0.35,
  SEV5: 0.15,
};
/** Typical minutes to resolve by severity: lower severities wait longer. */
const RESOLVE_SCALE: Record<Severity, number> = {
  SEV1: 90,
  SEV2: 150,
  SEV3: 360,
  SEV4: 900,
  SEV5: 2400,
};

export interface History {
  incidents: MeasuredIncident[];
  events: Map<string, IncidentEvents>;
  teamOfService: Map<string, string>;
}

/**
 * `count` incidents spread over `years` before `end`, with realistic gaps:
 * log-normal detection, acknowledgement and resolution times scaled by
 * severity, some never paged, some without an alert, some still open, and
 * one in twenty an exercise.
 */
export function incidentHistory(count: number, years: number, end: number, seed = 7): History {
  const next = random(seed);
  const logNormal = (scale: number) => Math.max(1, scale * Math.exp((next() - 0.5) * 2.4));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const severityOf = () => {
    let roll = next();
    for (const severity of SEVERITIES) if ((roll -= SEVERITY_SHARE[severity]) < 0) return severity;
    return 'SEV5' as const;
  };
  const teamOfService = new Map<string, string>();
  for (let s = 0; s < 40; s += 1) teamOfService.set(`svc-${s}`, `team-${s % 10}`);
  const services = [...teamOfService.keys()];
  const span = years * 365 * 86_400_000;
  const incidents: MeasuredIncident[] = [];
  const events = new Map<string, IncidentEvents>();
  for (let i = 0; i < count; i += 1) {
    const severity = severityOf();
    const declared = end - span + Math.floor((i / count) * span) + Math.floor(next() * 3_600_000);
    const at = (minutes: number) => new Date(declared + minutes * 60_000).toISOString();
    const open = i > count - 15;
    const resolveMinutes = logNormal(RESOLVE_SCALE[severity]);
    const mitigated = next() < 0.7;
    incidents.push({
      id: `inc-${i}`,
      reference: `INC-${i}`,
      title: `Incident ${i}`,
      severity,
      type: pick(INCIDENT_TYPES),
      status: open ? 'investigating' : 'resolved',
      exercise: next() < 0.05,
      declaredAt: at(0),
      ...(next() < 0.4 ? { impactStartedAt: at(-logNormal(20)) } : {}),
      ...(open || !mitigated ? {} : { mitigatedAt: at(resolveMinutes * 0.4) }),
      ...(open ? {} : { resolvedAt: at(resolveMinutes) }),
      serviceIds: [pick(services)],
    });
    const paged = next() < 0.92;
    const page = logNormal(1);
    events.set(`inc-${i}`, {
      alertFirstSeen: next() < 0.75 ? [at(-logNormal(8))] : [],
      pagesStarted: paged ? [at(page)] : [],
      acknowledged: paged && next() < 0.97 ? [at(page + logNormal(6))] : [],
    });
  }
  return { incidents, events, teamOfService };
}
