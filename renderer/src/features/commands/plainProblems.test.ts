import { describe, expect, it } from 'vitest';
import { fieldLabel, plainProblem } from './plainProblems.ts';

describe('plainProblem', () => {
  it.each([
    [
      { field: 'everyMinutes', reason: 'Too small: expected number to be >=5' },
      'The update interval (minutes) must be at least 5.',
    ],
    [{ field: 'text', reason: 'write something' }, 'Write something.'],
    [
      { field: 'title', reason: 'Too small: expected string to have >=1 characters' },
      'The title cannot be empty.',
    ],
    [
      { field: 'severity', reason: 'Invalid option: expected one of "SEV1"|"SEV2"' },
      'Severity: choose one of the options offered.',
    ],
    [
      { field: 'resolutionSummary', reason: 'Write a resolution summary before resolving INC-1' },
      'Write a resolution summary before resolving INC-1.',
    ],
    [
      { field: 'steps.2.ownerRole', reason: 'Invalid input: expected string, received undefined' },
      'The owner role is required.',
    ],
    [
      { field: 'authentication', reason: 'step-up required' },
      'Confirm it is you with your PIN or passphrase, then try again.',
    ],
  ])('rewords %j', (problem, reason) => {
    const plain = plainProblem(problem);
    expect(plain).toEqual({ field: problem.field, reason });
    expect(plain.reason).not.toMatch(/expected|>=|\*\*/);
  });

  it('names fields by what people call them', () => {
    expect(fieldLabel('criticalInfrastructure')).toBe('The critical infrastructure');
    expect(fieldLabel('audienceId')).toBe('The audience');
    expect(fieldLabel('')).toBe('This');
  });
});
