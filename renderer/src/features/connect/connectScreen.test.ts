import { describe, expect, it } from 'vitest';
import { nodeAddressProblem } from './ConnectScreen.tsx';

describe('nodeAddressProblem', () => {
  it('accepts the address the node prints', () => {
    expect(nodeAddressProblem(' http://10.0.0.5:4870/?token=abc123 ')).toBeUndefined();
  });

  it('asks for a full address and for the token', () => {
    expect(nodeAddressProblem('10.0.0.5:4870')).toMatch(/full address/);
    expect(nodeAddressProblem('http://10.0.0.5:4870/')).toMatch(/access token/);
  });
});
