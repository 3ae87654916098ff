import { auditEntryShape } from '../schema/auditEntry.ts';
import { defineKind } from '../store/kind.ts';

/** The signed audit chain: the core's own kind, written by the executor for every command. */
export const auditKinds = {
  audit: defineKind({
    name: 'audit',
    noun: 'audit entry',
    shape: auditEntryShape,
    // 1: documentHashes; entries before it keep exactly what they held (their hash covers it).
    version: 1,
    upgrades: { 1: (entry) => entry },
    appendOnly: true,
    storage: { collection: 'own', indexes: [['nodeId', 'seq']] },
  }),
};
