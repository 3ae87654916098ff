import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StepUpDialogHost } from './StepUpDialog.tsx';
import { currentIdentityPrompt, type IdentityProof } from './stepUp.ts';

afterEach(cleanup);

/** Opens the dialog; the answer comes wrapped so awaiting the opening does not wait for it. */
async function ask(reason: string): Promise<{ answer: Promise<IdentityProof | null> }> {
  let answer: Promise<IdentityProof | null> = Promise.resolve(null);
  await act(async () => {
    answer = (currentIdentityPrompt() as NonNullable<ReturnType<typeof currentIdentityPrompt>>)(
      reason,
    );
  });
  return { answer };
}

describe('step-up dialog', () => {
  it('shows why, and answers a PIN as a PIN and anything else as a passphrase', async () => {
    render(<StepUpDialogHost />);
    const { answer: pin } = await ask('To approve the statement, confirm it is you.');
    expect(screen.getByText('To approve the statement, confirm it is you.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('PIN or passphrase'), { target: { value: '2468' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm and continue' }));
    expect(await pin).toEqual({ pin: '2468' });
    expect(screen.queryByLabelText('PIN or passphrase')).toBeNull();

    const { answer: passphrase } = await ask('Again');
    fireEvent.change(screen.getByLabelText('PIN or passphrase'), {
      target: { value: 'correct horse battery staple' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm and continue' }));
    expect(await passphrase).toEqual({ passphrase: 'correct horse battery staple' });
  });

  it('answers nothing when cancelled, and no prompt is left once it is gone', async () => {
    const { unmount } = render(<StepUpDialogHost />);
    const { answer: cancelled } = await ask('Confirm');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await cancelled).toBeNull();
    unmount();
    expect(currentIdentityPrompt()).toBeUndefined();
  });
});
