import type { CommunicationDueEvent } from '../notifications/nodeEvents.ts';
import type { LanternNode } from '../node.ts';
import type { PageNotification } from './pageNotifications.ts';

/** A desktop notification when a stakeholder update is due soon or overdue; returns the unsubscribe. */
export function notifyCommunicationsDue(
  node: Pick<LanternNode, 'database' | 'events'>,
  notify: (notification: PageNotification) => void,
): () => void {
  const onDue = (due: CommunicationDueEvent) => {
    const what = due.stage === 'overdue' ? 'update overdue' : 'update due';
    void node.database.incidents
      .findOne(due.incidentId)
      .exec()
      .then(
        (incident) =>
          notify({ title: `${incident?.reference ?? 'Incident'} — ${what}`, body: due.text }),
        () => notify({ title: `Lantern — ${what}`, body: due.text }),
      );
  };
  node.events.on('communicationDue', onDue);
  return () => node.events.off('communicationDue', onDue);
}
