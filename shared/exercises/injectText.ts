import { formatScenarioTime } from './exerciseClock.ts';
import type { ExerciseScenario, ScenarioInject } from './scenarioSchema.ts';

/** The participant role's label, or its id for a role the scenario does not list. */
export function participantRoleLabel(scenario: ExerciseScenario, roleId: string): string {
  return scenario.participantRoles.find((r) => r.id === roleId)?.label ?? roleId;
}

/**
 * The timeline text of a released inject: unmistakably an exercise inject,
 * addressed to its role, with who it comes from and how it arrives.
 */
export function injectTimelineText(
  scenario: ExerciseScenario,
  inject: ScenarioInject,
  scenarioSeconds: number,
): string {
  const to = participantRoleLabel(scenario, inject.to);
  return (
    `EXERCISE INJECT ${inject.number} (scenario time ${formatScenarioTime(scenarioSeconds)}) ` +
    `to ${to}, from ${inject.from} by ${inject.method}: ${inject.message}`
  );
}
