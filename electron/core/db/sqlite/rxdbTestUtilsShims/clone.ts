// Stand-in for the `clone` package rxdb/plugins/test-utils imports (not installed here).
export default function clone<T>(value: T): T {
  return structuredClone(value);
}
