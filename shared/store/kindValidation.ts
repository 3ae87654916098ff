import type { FieldProblem } from '../commands/errors.ts';
import { zodProblems } from '../commands/zodProblems.ts';
import { upgradeContent, type KindContent } from './kind.ts';
import { isKindName, isMutableKind, lanternKinds, type KindName } from './kinds.ts';
import { kindsInCollection, type CollectionName } from './layout.ts';
import { recordColumns, recordId, type RecordEnvelope } from './records.ts';
import { RECORD_COLUMNS } from './kind.ts';

/**
 * Each kind is validated against its shape when a command writes it
 * (executor), when a peer sends it (sync) and when it is read (kindStore).
 */
export function kindProblems(kind: KindName, document: unknown): FieldProblem[] {
  const parsed = lanternKinds[kind].shape.safeParse(document);
  if (parsed.success) return [];
  return zodProblems(parsed.error).map((problem) => ({
    field: problem.field === '' ? kind : `${kind}.${problem.field}`,
    reason: problem.reason,
  }));
}

/** Read checks already passed, by primary key → revision; bounded, oldest forgotten first. */
const checkedRevisions = new Map<string, string>();
const CHECKED_REVISIONS_KEPT = 20_000;
const reported = new Set<string>();

export type InvalidRecordListener = (kind: KindName, id: string, problem: FieldProblem) => void;
let onInvalidRecord: InvalidRecordListener = () => undefined;

/** A sentence for the log: which stored record is left out, and why. */
export function invalidRecordMessage(kind: KindName, id: string, problem: FieldProblem): string {
  return `a stored ${lanternKinds[kind].noun} (${id}) does not match its kind and is not shown — ${problem.field}: ${problem.reason}`;
}

/** Where documents that fail the read check are reported (the node and each window log them). */
export function reportInvalidRecordsTo(listener: InvalidRecordListener): void {
  onInvalidRecord = listener;
}

export function checkedOnRead(
  kind: KindName,
  primary: string,
  revision: string,
  document: unknown,
): boolean {
  const key = `${kind}/${primary}`;
  if (checkedRevisions.get(key) === revision) return true;
  const problems = kindProblems(kind, document);
  if (problems.length > 0) {
    if (!reported.has(`${key}@${revision}`)) {
      reported.add(`${key}@${revision}`);
      onInvalidRecord(kind, primary, problems[0] as FieldProblem);
    }
    return false;
  }
  checkedRevisions.delete(key);
  checkedRevisions.set(key, revision);
  if (checkedRevisions.size > CHECKED_REVISIONS_KEPT) {
    const oldest = checkedRevisions.keys().next().value;
    if (oldest !== undefined) checkedRevisions.delete(oldest);
  }
  return true;
}

/**
 * Why a document of a collection, as a peer sent it (RxDB's own fields
 * removed), may not be stored; undefined when it may. A record must name a
 * known kind at this node's version, carry columns that match its body and
 * a body that matches the kind.
 */
export function storedContentProblem(
  collection: CollectionName,
  content: Record<string, unknown>,
): string | undefined {
  if (collection !== 'records') {
    const kind = collection as KindName;
    const { fieldClocks, ...document } = content;
    if (isMutableKind(kind) && (!fieldClocks || typeof fieldClocks !== 'object'))
      return 'a mutable document without fieldClocks';
    if (!isMutableKind(kind) && fieldClocks !== undefined)
      return `${kind} entries are append-only and carry no field clocks`;
    return firstProblem(kindProblems(kind, document));
  }
  return recordProblem(content as unknown as RecordEnvelope);
}

function recordProblem(envelope: RecordEnvelope): string | undefined {
  const kind = envelope.kind;
  if (!isKindName(kind) || !kindsInCollection('records').includes(kind))
    return `records: unknown kind ${JSON.stringify(kind)}`;
  const definition = lanternKinds[kind];
  if (envelope.v !== definition.version)
    return `records: ${kind} at version ${envelope.v}, this node keeps version ${definition.version}`;
  if (!envelope.body || typeof envelope.body !== 'object') return 'records: body is not an object';
  if (envelope.id !== envelope.body.id || envelope.rid !== recordId(kind, envelope.id))
    return `records: ${kind} id ${JSON.stringify(envelope.id)} does not match its body or rid`;
  const columns = recordColumns(definition, envelope.body);
  for (const column of RECORD_COLUMNS)
    if (envelope[column] !== columns[column])
      return `records: column ${column} of ${envelope.rid} does not match its body`;
  if (isMutableKind(kind) && (!envelope.fieldClocks || typeof envelope.fieldClocks !== 'object'))
    return 'a mutable document without fieldClocks';
  if (!isMutableKind(kind) && envelope.fieldClocks !== undefined)
    return `${kind} entries are append-only and carry no field clocks`;
  return firstProblem(
    kindProblems(kind, upgradeContent(definition, envelope.body as KindContent, envelope.v)),
  );
}

function firstProblem(problems: FieldProblem[]): string | undefined {
  const problem = problems[0];
  return problem ? `${problem.field} ${problem.reason}` : undefined;
}
