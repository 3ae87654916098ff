export * from './aarMarkdown.ts';
export * from './afterActionReport.ts';
export * from './evaluation.ts';
export * from './exerciseClock.ts';
export * from './exerciseRun.ts';
export * from './injectText.ts';
export * from './operationalIncidents.ts';
export * from './scenarioSchema.ts';
