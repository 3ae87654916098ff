export { complianceFlagLabel } from '../../../../shared/classification/complianceFlagLabels.ts';

export const AVAILABILITY_LABELS = {
  available: 'Available',
  away: 'Away',
  'off-shift': 'Off shift',
} as const;

export function availabilityLabel(status: string | undefined): string {
  return AVAILABILITY_LABELS[(status ?? 'available') as keyof typeof AVAILABILITY_LABELS] ?? status;
}
