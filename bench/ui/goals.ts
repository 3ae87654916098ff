export interface Goal {
  name: string;
  value: number;
  unit: string;
  goal: string;
  met: boolean;
}

export interface GoalInputs {
  latencyP95Ms: Record<string, number>;
  firstRenderMedianMs: Record<string, number>;
  scroll: Record<string, { medianMs: number; p95Ms: number }>;
}

const ENTRY_P95_MS = 250;
const FIRST_RENDER_MS = 1500;
/** "Smooth": the typical frame makes 60 Hz and the slow tail stays within two frames. */
export const SMOOTH_SCROLL = { medianMs: 17, p95Ms: 33 };
export const SMOOTH_SCROLL_DEFINITION = `median frame ≤ ${SMOOTH_SCROLL.medianMs} ms and p95 frame ≤ ${SMOOTH_SCROLL.p95Ms} ms while scrolling`;

export function uiGoals(inputs: GoalInputs): Goal[] {
  const goals: Goal[] = [];
  for (const [screen, p95] of Object.entries(inputs.latencyP95Ms))
    goals.push({
      name: `new timeline entry on screen (${screen}), p95`,
      value: p95,
      unit: 'ms',
      goal: `≤ ${ENTRY_P95_MS} ms`,
      met: p95 <= ENTRY_P95_MS,
    });
  for (const [screen, ms] of Object.entries(inputs.firstRenderMedianMs))
    goals.push({
      name: `first render (${screen}), median`,
      value: ms,
      unit: 'ms',
      goal: `< ${FIRST_RENDER_MS} ms`,
      met: ms < FIRST_RENDER_MS,
    });
  for (const [scroll, frames] of Object.entries(inputs.scroll)) {
    goals.push({
      name: `scrolling the long timeline (${scroll}): median frame`,
      value: frames.medianMs,
      unit: 'ms',
      goal: `≤ ${SMOOTH_SCROLL.medianMs} ms`,
      met: frames.medianMs <= SMOOTH_SCROLL.medianMs,
    });
    goals.push({
      name: `scrolling the long timeline (${scroll}): p95 frame`,
      value: frames.p95Ms,
      unit: 'ms',
      goal: `≤ ${SMOOTH_SCROLL.p95Ms} ms`,
      met: frames.p95Ms <= SMOOTH_SCROLL.p95Ms,
    });
  }
  return goals;
}
