import { useAppDispatch } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { modalOpened } from '../modals/modalsSlice.ts';

export function DeclareIncidentButton({
  variant = 'primary',
}: {
  variant?: 'primary' | 'secondary';
}) {
  const dispatch = useAppDispatch();
  return (
    <Button variant={variant} onClick={() => dispatch(modalOpened('declare-incident'))}>
      Declare incident
    </Button>
  );
}
