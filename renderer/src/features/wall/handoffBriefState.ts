import type { HandoffDoc } from '../../../../shared/schema/handoff.ts';

/** Where the current handoff brief stands, in the words the wall shows under "Handoff due". */
export function handoffBriefState(
  brief: HandoffDoc | undefined,
  nameOf: (id: string) => string,
): { text: string; tone: 'none' | 'draft' | 'submitted' } {
  if (!brief || brief.status === 'withdrawn' || brief.status === 'acknowledged')
    return { text: 'No brief drafted', tone: 'none' };
  if (brief.status === 'draft')
    return { text: `Brief #${brief.number} drafted, not submitted`, tone: 'draft' };
  return {
    text: `Brief #${brief.number} submitted — waiting for ${nameOf(brief.incomingLeadId)}`,
    tone: 'submitted',
  };
}
