import { APP_ORIGIN, urlOrigin } from './rendererPath.ts';

/** The parts of an IpcMainInvokeEvent the sender check reads. */
export interface IpcSenderLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export type SenderVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Only the main frame of a window we created, showing our own app:// page,
 * may call IPC. Sub-frames, pages that navigated elsewhere, devtools and
 * frames already gone are refused before any argument is looked at.
 */
export function checkSender(
  event: IpcSenderLike,
  isOurWindow: (webContentsId: number) => boolean,
): SenderVerdict {
  const frame = event.senderFrame;
  if (!frame) return { ok: false, reason: 'the calling frame is gone' };
  if (frame.parent !== null) return { ok: false, reason: 'only a main frame may call' };
  if (!isOurWindow(event.sender.id))
    return { ok: false, reason: 'the caller is not a Lantern window' };
  if (urlOrigin(frame.url) !== APP_ORIGIN)
    return { ok: false, reason: `the caller shows ${frame.url || 'nothing'}` };
  return { ok: true };
}
