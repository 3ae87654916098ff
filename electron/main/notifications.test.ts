import type { NotificationConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createNotifier } from './notifications.ts';

class FakeNotification extends EventEmitter {
  shown = false;
  readonly options: NotificationConstructorOptions;
  constructor(options: NotificationConstructorOptions) {
    super();
    this.options = options;
  }
  show() {
    this.shown = true;
  }
}

describe('notifier', () => {
  it('shows a desktop notification and focuses the commander on click', () => {
    const created: FakeNotification[] = [];
    let focused = 0;
    const notify = createNotifier({
      isSupported: () => true,
      create: (options) => {
        const notification = new FakeNotification(options);
        created.push(notification);
        return notification;
      },
      onClick: () => focused++,
    });
    notify({ title: 'SEV1 declared', body: 'Payments API down' });
    expect(created[0]?.options).toMatchObject({
      title: 'SEV1 declared',
      body: 'Payments API down',
    });
    expect(created[0]?.shown).toBe(true);
    created[0]?.emit('click');
    expect(focused).toBe(1);
  });

  it('logs once and shows nothing where notifications are unsupported', () => {
    const logged: string[] = [];
    const notify = createNotifier({
      isSupported: () => false,
      create: () => {
        throw new Error('must not be called');
      },
      log: (message) => logged.push(message),
    });
    notify({ title: 'a', body: 'b' });
    notify({ title: 'c', body: 'd' });
    expect(logged).toHaveLength(1);
  });
});
