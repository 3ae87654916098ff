import type {
  ContactMethodType,
  PagingProfileDoc,
} from '../../../../shared/schema/pagingProfile.ts';

/** One row of the contact-methods form: a method and when (minutes after a page) it is used. */
export interface MethodRow {
  id: string;
  type: ContactMethodType;
  address: string;
  label: string;
  afterMinutes: number;
  testedAt?: string;
}

export const METHOD_LABELS: Record<ContactMethodType, string> = {
  push: 'Push (Lantern apps)',
  sms: 'SMS',
  voice: 'Voice call',
  email: 'E-mail',
  webhook: 'Webhook',
};

/** The stored profile as form rows (a method's first rule gives its delay). */
export function rowsOf(profile: PagingProfileDoc | undefined): MethodRow[] {
  return (profile?.methods ?? []).map((m) => ({
    id: m.id,
    type: m.type,
    address: m.address,
    label: m.label,
    afterMinutes: profile?.rules.find((r) => r.methodId === m.id)?.afterMinutes ?? 0,
    ...(m.testedAt ? { testedAt: m.testedAt } : {}),
  }));
}

/** A fresh id for a new row: the type, numbered when taken. */
export function newRowId(rows: readonly MethodRow[], type: ContactMethodType): string {
  let n = 1;
  while (rows.some((r) => r.id === (n === 1 ? type : `${type}-${n}`))) n += 1;
  return n === 1 ? type : `${type}-${n}`;
}

/** The setContactMethods input for these rows. */
export function contactMethodsInput(
  personId: string,
  rows: readonly MethodRow[],
  quiet: { start: string; end: string; timeZone: string } | null,
) {
  return {
    personId,
    methods: rows.map(({ id, type, address, label }) => ({ id, type, address, label })),
    rules: rows.map((r) => ({ methodId: r.id, afterMinutes: r.afterMinutes })),
    quietHours: quiet,
  };
}
