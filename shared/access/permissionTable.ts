import { commands, COMMAND_NAMES } from '../commands/registry.ts';
import type { AnyCommand } from '../feature.ts';
import { whoMay } from './roles.ts';
import { scopesAllowing } from './scopes.ts';

export const TABLE_START = '<!-- permission-table:start (npm run docs:access) -->';
export const TABLE_END = '<!-- permission-table:end -->';

function stepUpColumn(command: AnyCommand): string {
  if (command.stepUp) return 'always';
  return command.stepUpWhen ? `when ${command.stepUpWhen}` : '';
}

function integrationColumn(command: AnyCommand): string {
  const open = command.permission === 'person' || command.permission === 'observer';
  const scopes = open && !command.stepUp ? scopesAllowing(command.name) : [];
  return scopes.map((scope) => `\`${scope}\``).join(', ');
}

/**
 * The permission table of docs/access.md, generated from the command
 * registry so the two cannot drift (a test compares them).
 */
export function permissionTable(): string {
  const rows = [...COMMAND_NAMES].sort().map((name) => {
    const command = commands[name] as AnyCommand;
    const operator = command.operator ?? '';
    return `| \`${name}\` | ${whoMay(command.permission)} | ${stepUpColumn(command)} | ${integrationColumn(command)} | ${operator} |`;
  });
  return [
    '| command | who may run it | step-up | integration scopes | node token (operator) |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The document with its table replaced by the current one. */
export function withCurrentTable(document: string): string {
  const start = document.indexOf(TABLE_START);
  const end = document.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('docs/access.md has lost its table markers');
  return `${document.slice(0, start + TABLE_START.length)}\n${permissionTable()}\n${document.slice(end)}`;
}

/** A table's rows as cell lists, so Prettier's column alignment does not count as a difference. */
export function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.trim().startsWith('|') && !/^\|[-\s|]+\|$/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

/** The table as it stands in the document, between its markers. */
export function documentedTable(document: string): string {
  const start = document.indexOf(TABLE_START);
  const end = document.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('docs/access.md has lost its table markers');
  return document.slice(start + TABLE_START.length, end);
}
