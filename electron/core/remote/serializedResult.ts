import type { PreparedQuery } from 'rxdb';

/**
 * A storage answer that is already JSON text (a long query result straight
 * from SQLite). A text transport splices it into the reply as it is; any
 * other transport gets the parsed value.
 */
export class SerializedResult {
  readonly json: string;

  constructor(json: string) {
    this.json = json;
  }
}

type QueriesAsJson = { queryJson(prepared: PreparedQuery<unknown>): string | undefined };

/** The JSON text of a query's result, when the instance's storage can give it without parsing. */
export function queryAsJson(
  instance: object,
  prepared: PreparedQuery<unknown>,
): SerializedResult | undefined {
  // RxDB wraps a collection's storage instance; the SQLite instance is inside.
  const storage =
    (instance as { originalStorageInstance?: object }).originalStorageInstance ?? instance;
  const queryJson = (storage as Partial<QueriesAsJson>).queryJson;
  if (typeof queryJson !== 'function') return undefined;
  const json = queryJson.call(storage, prepared);
  return json === undefined ? undefined : new SerializedResult(json);
}

/**
 * The reply as JSON text with the serialised answer spliced in under
 * `return`: the same text JSON.stringify would give for the parsed value.
 */
export function replyText(reply: Record<string, unknown>, answer: SerializedResult): string {
  const rest = JSON.stringify({ ...reply, return: undefined });
  return `${rest.slice(0, -1)}${rest.length > 2 ? ',' : ''}"return":${answer.json}}`;
}
