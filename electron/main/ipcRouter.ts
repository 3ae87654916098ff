import type { z } from 'zod';
import {
  CommandError,
  forbidden,
  invalidInput,
  toErrorBody,
  type CommandErrorBody,
  type FieldProblem,
} from '../../shared/commands/errors.ts';
import { zodProblems } from '../../shared/commands/zodProblems.ts';
import {
  ipcHandlers,
  type IpcArgs,
  type IpcHandlerKey,
  type IpcResult,
} from '../../shared/contract/ipc.ts';
import { IpcArgumentError, IpcRefusedError } from './errors.ts';
import { checkSender, type IpcSenderLike } from './senderCheck.ts';
import type { WindowKind } from './windowOptions.ts';

/** Who is calling: one of our windows, already checked. */
export interface IpcCaller {
  webContentsId: number;
  kind: WindowKind;
  readOnly: boolean;
}

export type IpcImplementation<K extends IpcHandlerKey> = (
  args: IpcArgs<K>,
  caller: IpcCaller,
) => Promise<IpcResult<K>> | IpcResult<K>;
export type IpcImplementations = { [K in IpcHandlerKey]: IpcImplementation<K> };

export interface IpcRouterOptions {
  implementations: IpcImplementations;
  /** Our window behind a webContents id, or undefined for anything else. */
  identify(webContentsId: number): IpcCaller | undefined;
  /** What a read-only window (a wall display) may call. */
  readOnlyAllowed: ReadonlySet<IpcHandlerKey>;
  log?: (message: string) => void;
}

export interface IpcRouter {
  /** Checks the sender, then the arguments, then runs the implementation. */
  handle(key: IpcHandlerKey, event: IpcSenderLike, args: unknown[]): Promise<unknown>;
}

const READ_ONLY_MESSAGE = 'This wall display is read-only: use the commander window for that.';

export function createIpcRouter(options: IpcRouterOptions): IpcRouter {
  const log = options.log ?? console.warn;
  return {
    async handle(key, event, args) {
      const channel = ipcHandlers[key].channel;
      const verdict = checkSender(event, (id) => options.identify(id) !== undefined);
      const caller = verdict.ok ? options.identify(event.sender.id) : undefined;
      if (!verdict.ok || !caller) {
        const reason = verdict.ok ? 'the caller is not a Lantern window' : verdict.reason;
        log(`Refused IPC ${channel} from webContents ${event.sender.id}: ${reason}`);
        throw new IpcRefusedError(`Lantern refused ${channel}: ${reason}.`);
      }
      if (caller.readOnly && !options.readOnlyAllowed.has(key)) {
        if (key === 'command') return toErrorBody(forbidden(READ_ONLY_MESSAGE));
        throw new IpcRefusedError(READ_ONLY_MESSAGE);
      }
      const parsed = parseArgs(key, args);
      if (!parsed.success) return argumentFailure(key, parsed.problems);
      return run(options.implementations, key, parsed.data, caller);
    },
  };
}

type ParsedArgs = { success: true; data: unknown } | { success: false; problems: FieldProblem[] };

function parseArgs(key: IpcHandlerKey, args: unknown[]): ParsedArgs {
  if (args.length > 1)
    return { success: false, problems: [{ field: '', reason: 'expected one argument object' }] };
  const schema: z.ZodType = ipcHandlers[key].args;
  const parsed = schema.safeParse(args[0]);
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, problems: zodProblems(parsed.error) };
}

/** Commands answer bad envelopes with the typed error body; other handlers reject. */
function argumentFailure(key: IpcHandlerKey, problems: FieldProblem[]): CommandErrorBody {
  if (key === 'command') {
    if (problems.some((problem) => problem.field === 'name')) {
      return toErrorBody(
        new CommandError('unknown-command', 'Lantern does not know that command: update the app.'),
      );
    }
    return toErrorBody(invalidInput(problems));
  }
  const summary = problems
    .map((problem) => `${problem.field || 'argument'}: ${problem.reason}`)
    .join('; ');
  throw new IpcArgumentError(`${ipcHandlers[key].channel} got invalid arguments — ${summary}`);
}

function run<K extends IpcHandlerKey>(
  implementations: IpcImplementations,
  key: K,
  args: unknown,
  caller: IpcCaller,
): Promise<IpcResult<K>> | IpcResult<K> {
  // The schema for `key` has just accepted `args`.
  return implementations[key](args as IpcArgs<K>, caller);
}
