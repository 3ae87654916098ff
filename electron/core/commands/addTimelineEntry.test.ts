import { describe, expect, it } from 'vitest';
import { createFrameworkTestNode } from './frameworkNode.testHelpers.ts';

describe('addTimelineEntry with the writer’s own entry id', () => {
  it('writes once however often the same entry is resent, and refuses a different one under that id', async () => {
    const node = await createFrameworkTestNode();
    const incident = await node.run('declareIncident', { title: 'VPN down', severity: 'SEV3' });
    const send = (text: string) =>
      node.run('addTimelineEntry', { incidentId: incident.id, text, entryId: 'tl-offline-0001' });
    const first = await send('Restarted the VPN concentrator');
    const again = await send('Restarted the VPN concentrator');
    expect(again).toEqual(first);
    const texts = (await node.timeline(incident.id)).map((e) => e.text);
    expect(texts.filter((t) => t === 'Restarted the VPN concentrator')).toHaveLength(1);
    expect((await node.refusal(send('Something else'))).message).toContain(
      'already holds a different entry',
    );
  });
});
