import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson.ts';
import { documentContent } from './documentContent.ts';

describe('audited document content', () => {
  it('leaves out only RxDB bookkeeping, so a new revision of the same content hashes the same', () => {
    const stored = {
      id: 'inc-1',
      title: 'VPN down',
      fieldClocks: { title: '0001' },
      _rev: '2-abc',
      _meta: { lwt: 1764754000000 },
      _attachments: {},
      _deleted: false,
    };
    expect(documentContent(stored)).toEqual({
      id: 'inc-1',
      title: 'VPN down',
      fieldClocks: { title: '0001' },
    });
    const rewritten = { ...stored, _rev: '3-def', _meta: { lwt: 1764754000001 } };
    expect(canonicalJson(documentContent(rewritten))).toBe(canonicalJson(documentContent(stored)));
    expect(canonicalJson(documentContent({ ...stored, title: 'VPN up' }))).not.toBe(
      canonicalJson(documentContent(stored)),
    );
  });
});
