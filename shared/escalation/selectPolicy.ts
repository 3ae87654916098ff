import type { Severity } from '../domain/severity.ts';
import type { EscalationPolicy } from './policySchema.ts';

export interface PolicySelector {
  serviceId: string;
  severity: Severity;
}

/** Higher is more specific: naming the service beats naming the severity, which beats a catch-all. */
function specificity(policy: EscalationPolicy): number {
  return (policy.serviceIds.length > 0 ? 2 : 0) + (policy.severities.length > 0 ? 1 : 0);
}

function matches(policy: EscalationPolicy, { serviceId, severity }: PolicySelector): boolean {
  return (
    (policy.serviceIds.length === 0 || policy.serviceIds.includes(serviceId)) &&
    (policy.severities.length === 0 || policy.severities.includes(severity))
  );
}

/** Narrower lists win a tie in specificity; after that, the policy listed first. */
function breadth(policy: EscalationPolicy): number {
  return policy.serviceIds.length * 10 + policy.severities.length;
}

/**
 * The policy for an incident on a service at a severity: the most specific
 * match (service and severity > service > severity > catch-all); undefined
 * when no policy matches.
 */
export function selectEscalationPolicy(
  policies: readonly EscalationPolicy[],
  selector: PolicySelector,
): EscalationPolicy | undefined {
  let best: EscalationPolicy | undefined;
  for (const policy of policies) {
    if (!matches(policy, selector)) continue;
    if (
      !best ||
      specificity(policy) > specificity(best) ||
      (specificity(policy) === specificity(best) && breadth(policy) < breadth(best))
    )
      best = policy;
  }
  return best;
}
