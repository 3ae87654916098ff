import { useEffect } from 'react';
import { useAppDispatch, useAppSelector } from '../../app/store/hooks.ts';
import { selectConnection } from '../connectivity/connectivitySlice.ts';
import { flushOutbox } from './flushOutbox.ts';
import { selectQueuedEntries } from './outboxSlice.ts';

const RETRY_MS = 5_000;

/** While entries wait, try again when the browser or the node comes back, and every few seconds. */
export function useOutboxFlusher() {
  const dispatch = useAppDispatch();
  const waiting = useAppSelector(selectQueuedEntries).some((e) => !e.refusal);
  const connection = useAppSelector(selectConnection);
  useEffect(() => {
    if (!waiting) return;
    const flush = () => void dispatch(flushOutbox());
    if (connection === 'online') flush();
    window.addEventListener('online', flush);
    const timer = setInterval(flush, RETRY_MS);
    return () => {
      window.removeEventListener('online', flush);
      clearInterval(timer);
    };
  }, [dispatch, waiting, connection]);
}
