import { defineSharedFeature } from '../feature.ts';
import { acknowledgePageFrom, issuePageLink } from './acknowledgePageFrom.ts';
import { sendTestPage } from './sendTestPage.ts';
import { setDutyCommanderRotation } from './setDutyCommanderRotation.ts';
import { setContactMethods } from './setContactMethods.ts';

/**
 * Paging people where they are: contact methods and notification rules per
 * person, pages sent through the outbox, acknowledgements from SMS, calls
 * and e-mail links. Pages are `communications` records of kind `page`.
 */
export const pagingFeature = defineSharedFeature({
  name: 'paging',
  commands: {
    setContactMethods,
    sendTestPage,
    acknowledgePageFrom,
    issuePageLink,
    setDutyCommanderRotation,
  },
});
