import { useAppDispatch, useAppSelector } from '../../app/store/hooks.ts';
import {
  modalClosed,
  modalOpened,
  selectOpenModal,
  type ModalName,
} from '../modals/modalsSlice.ts';

/** One of the incident view's dialogs: opened by its button, the palette or a shortcut. */
export function useIncidentDialog(name: ModalName) {
  const dispatch = useAppDispatch();
  const open = useAppSelector(selectOpenModal) === name;
  return {
    open,
    show: () => dispatch(modalOpened(name)),
    close: () => dispatch(modalClosed()),
  };
}
