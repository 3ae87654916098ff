export * from './errors.ts';
export * from './fromRotationDefinition.ts';
export * from './parseRotation.ts';
export * from './rotationSchema.ts';
export * from './schedule.ts';
export * from './whoIsOnCall.ts';
export { fromWallClock, toWallClock } from './zonedTime.ts';
