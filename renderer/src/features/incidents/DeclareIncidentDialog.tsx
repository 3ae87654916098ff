import { useNavigate } from 'react-router-dom';
import { useAppDispatch, useAppSelector } from '../../app/store/hooks.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { modalClosed, selectOpenModal } from '../modals/modalsSlice.ts';
import { DeclareIncidentForm } from './DeclareIncidentForm.tsx';

/** Opened by the "Declare incident" button, the palette, Ctrl/⌘+Shift+D and the desktop menu. */
export function DeclareIncidentDialog() {
  const dispatch = useAppDispatch();
  const navigate = useNavigate();
  const open = useAppSelector(selectOpenModal) === 'declare-incident';
  if (!open) return null;
  const close = () => dispatch(modalClosed());
  return (
    <Dialog title="Declare an incident" onClose={close} wide>
      <DeclareIncidentForm
        onCancel={close}
        onDeclared={(incident) => {
          close();
          navigate(`/incidents/${incident.id}`);
        }}
      />
    </Dialog>
  );
}
