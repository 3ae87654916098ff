/**
 * The part of js-yaml 4 (which ships no types) the catalogue import uses.
 * `load` is safe by default in version 4: no custom tags, no code.
 */
declare module 'js-yaml' {
  export interface Mark {
    line: number;
    column: number;
  }
  export class YAMLException extends Error {
    reason: string;
    mark?: Mark;
  }
  export function load(text: string, options?: { filename?: string }): unknown;
}
