export * from './approval.ts';
export * from './cadence.ts';
export * from './configSchemas.ts';
export * from './deliveries.ts';
export * from './errors.ts';
export * from './templateRendering.ts';
