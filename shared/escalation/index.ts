export * from './errors.ts';
export * from './escalationMachine.ts';
export * from './escalationState.ts';
export * from './parsePolicy.ts';
export * from './policySchema.ts';
export * from './selectPolicy.ts';
export * from './targetResolver.ts';
