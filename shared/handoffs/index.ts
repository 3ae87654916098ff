export * from './briefChanges.ts';
export * from './briefDocument.ts';
export * from './briefTime.ts';
export * from './briefTypes.ts';
export * from './draftBrief.ts';
export * from './handoffMachine.ts';
export * from './handoffPolicy.ts';
export * from './leadShift.ts';
