import type { FieldProblem } from '../../../../shared/commands/errors.ts';

/** The names people know fields by; anything else is spelled out from its key. */
const FIELD_LABELS: Record<string, string> = {
  text: 'The entry',
  title: 'The title',
  summary: 'The summary',
  severity: 'Severity',
  type: 'Incident type',
  reason: 'The reason',
  note: 'The note',
  rationale: 'The rationale',
  status: 'Status',
  everyMinutes: 'The update interval (minutes)',
  remindBeforeMinutes: 'The reminder (minutes before)',
  resolutionSummary: 'The resolution summary',
  subject: 'The subject',
  body: 'The message',
  audienceId: 'The audience',
  templateId: 'The template',
  personId: 'The person',
  toPersonId: 'The new commander',
  role: 'The role',
  displayName: 'The name',
  email: 'The email address',
  phone: 'The phone number',
  serviceIds: 'Affected services',
  decision: 'The decision',
  answers: 'The answers',
  rating: 'The rating',
  definition: 'The definition',
  name: 'The name',
};

/** "everyMinutes" → "Every minutes"; "steps.2.title" → the label of its last named part. */
export function fieldLabel(field: string): string {
  const parts = field.split('.').filter((part) => !/^\d+$/.test(part));
  const key = parts.at(-1) ?? '';
  if (!key) return 'This';
  const known = FIELD_LABELS[key];
  if (known) return known;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return `The ${words.replace(/ id$/, '')}`;
}

const sentence = (text: string) => {
  const trimmed = text.trim().replace(/[.\s]+$/, '');
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}.`;
};

/** Zod's own messages (the ones no schema worded), as plain sentences about the field. */
const ZOD_DEFAULTS: readonly [RegExp, (label: string, m: RegExpMatchArray) => string][] = [
  [/^Too small: expected string to have >=?1 characters?$/, (l) => `${l} cannot be empty`],
  [
    /^Too small: expected string to have >=?(\d+) characters?$/,
    (l, m) => `${l} needs at least ${m[1]} characters`,
  ],
  [
    /^Too big: expected string to have <=?(\d+) characters?$/,
    (l, m) => `${l} can be at most ${m[1]} characters`,
  ],
  [/^Too small: expected number to be >=?(-?[\d.]+)$/, (l, m) => `${l} must be at least ${m[1]}`],
  [/^Too big: expected number to be <=?(-?[\d.]+)$/, (l, m) => `${l} must be at most ${m[1]}`],
  [
    /^Too small: expected array to have >=?(\d+) items?$/,
    (l, m) => `Choose at least ${m[1]} for ${l.toLowerCase()}`,
  ],
  [/^Too big: expected array to have <=?(\d+) items?$/, (l, m) => `${l} can have at most ${m[1]}`],
  [/^Invalid input: expected \w+, received undefined$/, (l) => `${l} is required`],
  [/^Invalid input: expected (number|int)/, (l) => `${l} must be a number`],
  [/^Invalid input: expected \w+, received \w+$/, (l) => `${l} is not in the right form`],
  [/^Invalid option: expected one of/, (l) => `${l}: choose one of the options offered`],
  [/^Invalid (ISO datetime|datetime|date)/, (l) => `${l} must be a date and time`],
  [/^Invalid email/, (l) => `${l} must be an email address`],
  [/^Invalid string: must match pattern/, (l) => `${l} is not in the right form`],
  [/^unexpected field\(s\): (.+)$/, () => 'The form sent something the node does not know'],
];

/** One problem, reworded as a sentence a person can act on; the field stays for the form. */
/** The node's machine-readable refusals that are not about a form field. */
const NODE_REFUSALS: Record<string, string> = {
  'step-up required': 'Confirm it is you with your PIN or passphrase, then try again.',
};

export function plainProblem(problem: FieldProblem): FieldProblem {
  const refusal = problem.field === 'authentication' ? NODE_REFUSALS[problem.reason] : undefined;
  if (refusal) return { field: problem.field, reason: refusal };
  const label = fieldLabel(problem.field);
  for (const [pattern, words] of ZOD_DEFAULTS) {
    const match = problem.reason.match(pattern);
    if (match) return { field: problem.field, reason: sentence(words(label, match)) };
  }
  // A schema's own wording is already meant for people ("say why paging stops"): make it a sentence.
  return { field: problem.field, reason: sentence(problem.reason) };
}
