import type { LanternNode } from '../node.ts';
import type { PageNotification } from './pageNotifications.ts';

/** A desktop notification for each handoff reminder the node gives; returns the unsubscribe. */
export function notifyHandoffReminders(
  node: Pick<LanternNode, 'events'>,
  notify: (notification: PageNotification) => void,
): () => void {
  const onReminder = (reminder: { text: string }) =>
    notify({ title: 'Lantern — shift handoff', body: reminder.text.slice(0, 1000) });
  node.events.on('handoffReminder', onReminder);
  return () => node.events.off('handoffReminder', onReminder);
}
