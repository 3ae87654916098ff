import { describe, expect, it } from 'vitest';
import { findPersonalData, passesLuhn, redactText } from './redaction.ts';

const kinds = (text: string, names: string[] = []) =>
  findPersonalData(text, names).map((f) => [f.kind, f.text]);

describe('finding personal data and secrets', () => {
  it('finds e-mail addresses, IP addresses, phone numbers and names', () => {
    expect(
      kinds('Kevin Murphy (kevin.murphy@northwind.example, +44 20 7946 0958) restarted 10.0.4.17', [
        'Kevin Murphy',
      ]),
    ).toEqual([
      ['name', 'Kevin Murphy'],
      ['e-mail address', 'kevin.murphy@northwind.example'],
      ['phone number', '+44 20 7946 0958'],
      ['IP address', '10.0.4.17'],
    ]);
  });

  it('finds card numbers only when they pass the Luhn check', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(kinds('Card 4111 1111 1111 1111 was declined')).toEqual([
      ['card number', '4111 1111 1111 1111'],
    ]);
    expect(kinds('Batch 4111 1111 1111 1112 failed').map(([kind]) => kind)).not.toContain(
      'card number',
    );
  });

  it('finds account numbers, IBANs, IPv6 addresses and secrets', () => {
    expect(
      kinds(
        'Refund to account no. 12345678 and GB82 WEST 1234 5698 7654 32 from fe80::1ff:fe23:4567:890a; ' +
          'the key sk_live_abcdefghijklmnop leaked and password=hunter22 was in the log',
      ),
    ).toEqual([
      ['account number', '12345678'],
      ['account number', 'GB82 WEST 1234 5698 7654 32'],
      ['IP address', 'fe80::1ff:fe23:4567:890a'],
      ['secret', 'sk_live_abcdefghijklmnop'],
      ['secret', 'hunter22'],
    ]);
  });

  it('leaves dates, clock times and version numbers alone', () => {
    expect(kinds('At 2026-11-26 10:20:30 UTC release 4.2.1 rolled back; 3 of 12 hosts')).toEqual(
      [],
    );
  });

  it('names match whole words only, first names too', () => {
    expect(kinds('Sam said Samantha was right; ask Sam.', ['Sam Okoro'])).toEqual([
      ['name', 'Sam'],
      ['name', 'Sam'],
    ]);
  });

  it('replaces each finding with a marker naming its kind', () => {
    const { text, findings } = redactText('Call Dana Ruiz on 0161 496 0000 or dana@example.org', [
      'Dana Ruiz',
    ]);
    expect(text).toBe(
      'Call [redacted name] on [redacted phone number] or [redacted e-mail address]',
    );
    expect(findings).toHaveLength(3);
  });
});
