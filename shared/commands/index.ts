export * from './command.ts';
export * from './errors.ts';
export * from './registry.ts';
export { zodProblems } from './zodProblems.ts';
