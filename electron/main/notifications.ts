import type { NotificationConstructorOptions } from 'electron';
import type { IpcArgs } from '../../shared/contract/ipc.ts';

/** The parts of Electron's Notification the notifier uses. */
export interface NotificationLike {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
}

export interface NotifierOptions {
  isSupported(): boolean;
  /** `(options) => new Notification(options)`. */
  create(options: NotificationConstructorOptions): NotificationLike;
  /** Clicking a notification brings the commander window forward. */
  onClick?(): void;
  log?: (message: string) => void;
}

/**
 * Desktop notifications for the renderer (`lantern:notify`). Shown ones are
 * kept referenced until closed so their click handler survives garbage
 * collection. Where the system has no notification service, the renderer's
 * own toasts are the only signal: that is logged once, not thrown.
 */
export function createNotifier(
  options: NotifierOptions,
): (notification: IpcArgs<'notify'>) => void {
  const showing = new Set<NotificationLike>();
  let warned = false;
  return ({ title, body }) => {
    if (!options.isSupported()) {
      if (!warned)
        (options.log ?? console.warn)('Desktop notifications are not supported on this system.');
      warned = true;
      return;
    }
    const notification = options.create({ title, body, silent: false });
    showing.add(notification);
    notification.on('click', () => options.onClick?.());
    notification.on('close', () => showing.delete(notification));
    notification.show();
  };
}
