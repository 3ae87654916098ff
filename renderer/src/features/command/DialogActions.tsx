import { Button } from '../../ui/Button.tsx';

/** Cancel and the dialog's one command, the latter busy while in flight. */
export function DialogActions({
  submitLabel,
  pending,
  onCancel,
}: {
  submitLabel: string;
  pending: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="form-actions">
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" variant="primary" busy={pending}>
        {submitLabel}
      </Button>
    </div>
  );
}
