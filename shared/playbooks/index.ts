export * from './playbookProgress.ts';
export * from './playbookTypes.ts';
export * from './selectPlaybook.ts';
