/** SNS's own hosts: the node visits a SubscribeURL only there (never an arbitrary URL from a payload). */
const SNS_HOST = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;
const CONFIRM_TIMEOUT_MS = 10_000;

/**
 * Amazon SNS sends a SubscriptionConfirmation first; visiting its
 * SubscribeURL confirms the subscription. Offline (no route to AWS) the
 * confirmation fails and is reported so; SNS re-sends it for three days.
 */
export async function confirmSnsSubscription(request: { subscribeUrl: string; topicArn: string }) {
  const url = new URL(request.subscribeUrl);
  if (url.protocol !== 'https:' || !SNS_HOST.test(url.hostname))
    return {
      subscription: 'refused',
      topicArn: request.topicArn,
      reason: 'SubscribeURL is not an SNS host',
    };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(CONFIRM_TIMEOUT_MS) });
    return {
      subscription: response.ok ? 'confirmed' : 'failed',
      topicArn: request.topicArn,
      status: response.status,
    };
  } catch (error) {
    return { subscription: 'failed', topicArn: request.topicArn, reason: (error as Error).message };
  }
}
