/** One goal as every benchmark writes it to bench/results/<name>.json. */
export interface BenchGoal {
  name: string;
  value: number;
  unit: string;
  goal: number;
  met: boolean;
}

/** The goals of an "under this much" benchmark as a console table. */
export function printGoalTable(goals: readonly BenchGoal[]): void {
  console.table(
    goals.map((g) => ({
      goal: g.name,
      value: g.value,
      unit: g.unit,
      target: `< ${g.goal}`,
      met: g.met,
    })),
  );
}
