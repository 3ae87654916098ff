export { recommendDeclaration, DECLARATION_QUESTIONS } from '../classification/index.ts';
export type { DeclarationAnswers, DeclarationRecommendation } from '../classification/index.ts';
export * from './declarationPreview.ts';
export * from './errors.ts';
export * from './frameworkKinds.ts';
export * from './playbookSchema.ts';
export { describeArea, formatArea, parseArea } from './subIncidents.ts';
