import { describe, expect, it } from 'vitest';
import {
  HubMessageError,
  hubNames,
  hubSubject,
  layoutTag,
  openEnvelope,
  sealEnvelope,
  versionId,
} from './hubEnvelope.ts';

const names = hubNames('correct-horse-battery-staple-lantern');
const subject = hubSubject(names, 'timeline');
const body = {
  v: 1 as const,
  c: 'timeline' as const,
  from: 'node-a',
  layout: layoutTag(),
  doc: { id: 'e1', text: 'Database failover started' },
};

describe('hub envelopes', () => {
  it('derive one stream and subject space per workspace secret', () => {
    const other = hubNames('another-workspace-secret-entirely');
    expect(names.stream).toMatch(/^LANTERN_[0-9A-F]{16}$/);
    expect(other.stream).not.toBe(names.stream);
    expect(subject).toBe(`${names.subjectPrefix}.timeline`);
    expect(hubNames('correct-horse-battery-staple-lantern').stream).toBe(names.stream);
  });

  it('open what was sealed for the same subject', () => {
    expect(openEnvelope(names, subject, sealEnvelope(names, subject, body))).toEqual(body);
  });

  it('refuse a changed byte, another key, another subject, plain JSON and a wrong shape', () => {
    const sealed = sealEnvelope(names, subject, body);
    const flipped = Uint8Array.from(sealed);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    const refused = (run: () => unknown) => expect(run).toThrow(HubMessageError);
    refused(() => openEnvelope(names, subject, flipped));
    refused(() => openEnvelope(hubNames('another-workspace-secret-entirely'), subject, sealed));
    refused(() => openEnvelope(names, hubSubject(names, 'audit'), sealed));
    refused(() => openEnvelope(names, subject, new TextEncoder().encode(JSON.stringify(body))));
    const auditSubject = hubSubject(names, 'audit');
    expect(() =>
      openEnvelope(names, auditSubject, sealEnvelope(names, auditSubject, body)),
    ).toThrow(/another collection/);
    expect(() =>
      openEnvelope(names, subject, sealEnvelope(names, subject, { ...body, v: 2 } as never)),
    ).toThrow(/malformed/);
  });

  it('name a version by its content, whatever the key order', () => {
    expect(versionId('timeline', { a: 1, b: 2 })).toBe(versionId('timeline', { b: 2, a: 1 }));
    expect(versionId('timeline', { a: 1 })).not.toBe(versionId('audit', { a: 1 }));
  });
});
