export * from './authorityChain.ts';
export * from './availability.ts';
export * from './decisions.ts';
export * from './errors.ts';
export * from './matrixSchema.ts';
export * from './parseMatrix.ts';
export * from './resolveAuthority.ts';
export * from './roles.ts';
