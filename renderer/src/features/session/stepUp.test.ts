import { describe, expect, it } from 'vitest';
import { CommandError } from '../../../../shared/commands/errors.ts';
import { commandErrorFromBody } from '../../app/bridge/bridgeErrors.ts';
import { toCommandFailure } from '../commands/commandFailure.ts';
import { withStepUp, type IdentityProof } from './stepUp.ts';

const stepUpRefusal = () =>
  new CommandError('forbidden', 'To approve, confirm it is you.', [
    { field: 'authentication', reason: 'step-up required' },
  ]);

/** A node that refuses the first `refusals` sends for step-up, recording what it was sent. */
function nodeRefusing(refusals: number) {
  const log: string[] = [];
  let left = refusals;
  return {
    log,
    send: async () => {
      log.push('send');
      if (left-- > 0) throw stepUpRefusal();
      return 'done';
    },
    confirm: async (proof: IdentityProof) => {
      log.push(`confirm ${JSON.stringify(proof)}`);
    },
  };
}

describe('step-up', () => {
  it('asks for the PIN, confirms it and sends the command once more', async () => {
    const node = nodeRefusing(1);
    const asked: string[] = [];
    const result = await withStepUp(
      node.send,
      toCommandFailure,
      async (reason) => {
        asked.push(reason);
        return { pin: '2468' };
      },
      node.confirm,
    );
    expect(result).toBe('done');
    expect(asked).toEqual(['To approve, confirm it is you.']);
    expect(node.log).toEqual(['send', 'confirm {"pin":"2468"}', 'send']);
  });

  it('retries only once, and a cancel leaves the refusal as it was', async () => {
    const twice = nodeRefusing(2);
    await expect(
      withStepUp(twice.send, toCommandFailure, async () => ({ passphrase: 'p' }), twice.confirm),
    ).rejects.toThrow('confirm it is you');
    expect(twice.log.filter((entry) => entry === 'send')).toHaveLength(2);

    const cancelled = nodeRefusing(1);
    await expect(
      withStepUp(cancelled.send, toCommandFailure, async () => null, cancelled.confirm),
    ).rejects.toThrow('confirm it is you');
    expect(cancelled.log).toEqual(['send']);
  });

  it('unlocks a screen that locked after inactivity the same way', async () => {
    let locked = true;
    const log: string[] = [];
    const send = async () => {
      log.push('send');
      // As the browser bridge reads the node's 423 reply.
      if (locked)
        throw commandErrorFromBody({
          error: {
            code: 'session-locked',
            message: 'This screen locked after inactivity; enter your PIN',
            problems: [],
          },
        });
      return 'done';
    };
    const confirm = async () => {
      log.push('unlock');
      locked = false;
    };
    expect(await withStepUp(send, toCommandFailure, async () => ({ pin: '2468' }), confirm)).toBe(
      'done',
    );
    expect(log).toEqual(['send', 'unlock', 'send']);
  });

  it('does not ask for other refusals', async () => {
    let asked = false;
    const refused = async () => {
      throw new CommandError('forbidden', 'Only administrators may do that', []);
    };
    const ask = async () => {
      asked = true;
      return { pin: '1111' };
    };
    await expect(withStepUp(refused, toCommandFailure, ask, async () => undefined)).rejects.toThrow(
      'Only administrators',
    );
    expect(asked).toBe(false);
  });
});
