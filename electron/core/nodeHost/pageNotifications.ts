import type { PageEvent } from '../notifications/nodeEvents.ts';
import type { LanternNode } from '../node.ts';

export interface PageNotification {
  title: string;
  body: string;
}

/** The desktop notification for a page: the incident's reference, then the timeline's words. */
export async function pageNotification(
  node: Pick<LanternNode, 'database'>,
  page: PageEvent,
): Promise<PageNotification> {
  const incident = await node.database.incidents.findOne(page.incidentId).exec();
  const reference = incident ? `${incident.reference} ${incident.severity}` : 'Incident';
  return { title: `${reference} — page`, body: page.text };
}

/** Show a desktop notification for every page the node announces; returns the unsubscribe. */
export function notifyPages(
  node: Pick<LanternNode, 'database' | 'events'>,
  notify: (notification: PageNotification) => void,
): () => void {
  const onPage = (page: PageEvent) => {
    void pageNotification(node, page).then(notify, () =>
      notify({ title: 'Lantern — page', body: page.text }),
    );
  };
  node.events.on('page', onPage);
  return () => node.events.off('page', onPage);
}
