import { acknowledgePage } from '../commands/acknowledgePage.ts';
import { advanceEscalation } from '../commands/advanceEscalation.ts';
import { cancelEscalation } from '../commands/cancelEscalation.ts';
import { startEscalation } from '../commands/startEscalation.ts';
import { defineSharedFeature } from '../feature.ts';

/** Escalation: paging levels by policy until someone acknowledges. */
export const escalationFeature = defineSharedFeature({
  name: 'escalation',
  commands: { startEscalation, advanceEscalation, acknowledgePage, cancelEscalation },
});
