/**
 * Personal data and secrets in a review's text, found before it is shared
 * with a wider audience. Detection proposes; the export replaces each finding
 * with a marker that says what kind of thing was there, never the value.
 */
export const REDACTION_KINDS = [
  'secret',
  'e-mail address',
  'IP address',
  'card number',
  'account number',
  'phone number',
  'name',
] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

export interface PersonalDataFinding {
  kind: RedactionKind;
  start: number;
  end: number;
  text: string;
}

interface Detector {
  kind: RedactionKind;
  pattern: RegExp;
  /** A match that only looks like one (a date, an invalid card number) is dropped. */
  accept?: (match: string) => boolean;
  /** The capture group holding the sensitive part (the number after "account"). */
  group?: number;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** Card numbers pass the Luhn check; random digit runs mostly do not. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

const isIpv4 = (match: string) => match.split('.').every((octet) => Number(octet) <= 255);
const isIpv6 = (match: string) =>
  match.split(':').length >= 4 && (/[a-f]/i.test(match) || match.includes('::'));
const isPhone = (match: string) => {
  const count = digitsOf(match).length;
  // Dates and clock times are digit groups too.
  return count >= 8 && count <= 15 && !/^\d{4}-\d{2}-\d{2}/.test(match);
};

/** In priority order: where two findings overlap, the earlier detector's wins. */
const DETECTORS: Detector[] = [
  {
    kind: 'secret',
    pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  },
  { kind: 'secret', pattern: /\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}\b/g },
  { kind: 'secret', pattern: /\bAKIA[0-9A-Z]{16}\b/g },
  { kind: 'secret', pattern: /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g },
  { kind: 'secret', pattern: /\bBearer\s+[A-Za-z0-9._~+/-]{16,}=*/g },
  {
    kind: 'secret',
    pattern: /\b(?:password|passwd|pwd|secret|token|api[_-]?key)\s*[:=]\s*(\S+)/gi,
    group: 1,
  },
  { kind: 'e-mail address', pattern: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g },
  { kind: 'IP address', pattern: /\b(?:\d{1,3}\.){3}\d{1,3}\b/g, accept: isIpv4 },
  {
    kind: 'IP address',
    pattern: /(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi,
    accept: isIpv6,
  },
  {
    kind: 'card number',
    pattern: /\b\d(?:[ -]?\d){12,18}\b/g,
    accept: (match) => passesLuhn(digitsOf(match)),
  },
  {
    kind: 'account number',
    pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g,
  },
  {
    kind: 'account number',
    pattern: /\b(?:account|acct)(?:\s*(?:number|no\.?|#))?\s*[:#]?\s*(\d{6,17})\b/gi,
    group: 1,
  },
  {
    kind: 'phone number',
    pattern: /(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,4}){1,4}\b/g,
    accept: isPhone,
  },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** People's names from the directory: the full name, and first names of three letters or more. */
function nameDetector(names: readonly string[]): Detector | undefined {
  const words = new Set<string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed.length >= 3) words.add(trimmed);
    const first = trimmed.split(/\s+/)[0];
    if (first && first.length >= 3 && first !== trimmed) words.add(first);
  }
  if (words.size === 0) return undefined;
  // Longest first, so "Kevin Murphy" is one finding rather than "Kevin" and the rest.
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return {
    kind: 'name',
    pattern: new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'gu'),
  };
}

function matchesOf(text: string, detector: Detector): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const match of text.matchAll(detector.pattern)) {
    const value = detector.group ? match[detector.group] : match[0];
    if (value === undefined || value.length === 0) continue;
    if (detector.accept && !detector.accept(value)) continue;
    const start = (match.index ?? 0) + match[0].indexOf(value);
    found.push({ kind: detector.kind, start, end: start + value.length, text: value });
  }
  return found;
}

/** Every finding in the text, without overlaps, in text order. */
export function findPersonalData(
  text: string,
  names: readonly string[] = [],
): PersonalDataFinding[] {
  const names_ = nameDetector(names);
  const detectors = names_ ? [...DETECTORS, names_] : DETECTORS;
  const kept: PersonalDataFinding[] = [];
  for (const detector of detectors)
    for (const finding of matchesOf(text, detector))
      if (!kept.some((k) => finding.start < k.end && k.start < finding.end)) kept.push(finding);
  return kept.sort((a, b) => a.start - b.start);
}

/** The marker that replaces a finding in an export. */
export function redactionMarker(kind: RedactionKind): string {
  return `[redacted ${kind}]`;
}

/** The text with every finding replaced by its marker, and what was taken out. */
export function redactText(
  text: string,
  names: readonly string[] = [],
): { text: string; findings: PersonalDataFinding[] } {
  const findings = findPersonalData(text, names);
  let redacted = '';
  let from = 0;
  for (const finding of findings) {
    redacted += text.slice(from, finding.start) + redactionMarker(finding.kind);
    from = finding.end;
  }
  return { text: redacted + text.slice(from), findings };
}
