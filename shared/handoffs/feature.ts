import { acknowledgeHandoffBrief } from '../commands/acknowledgeHandoffBrief.ts';
import { draftHandoffBrief } from '../commands/draftHandoffBrief.ts';
import { remindHandoff } from '../commands/remindHandoff.ts';
import { saveHandoffBrief } from '../commands/saveHandoffBrief.ts';
import { submitHandoffBrief } from '../commands/submitHandoffBrief.ts';
import { withdrawHandoffBrief } from '../commands/withdrawHandoffBrief.ts';
import { defineSharedFeature } from '../feature.ts';

/** Shift handoffs: the ICS 201 brief, the two-step handover, reminders before a shift ends. */
export const handoffsFeature = defineSharedFeature({
  name: 'handoffs',
  commands: {
    draftHandoffBrief,
    saveHandoffBrief,
    submitHandoffBrief,
    acknowledgeHandoffBrief,
    withdrawHandoffBrief,
    remindHandoff,
  },
});
