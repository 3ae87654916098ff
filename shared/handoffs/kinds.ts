import { handoffShape } from '../schema/handoff.ts';
import { defineKind } from '../store/kind.ts';

/** Handoff briefs (each section its own field, so sections merge independently). */
export const handoffKinds = {
  handoffs: defineKind({
    name: 'handoffs',
    noun: 'handoff brief',
    shape: handoffShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: { scope: 'incidentId', status: 'status' } },
  }),
};
