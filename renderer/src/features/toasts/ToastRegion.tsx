import { useEffect } from 'react';
import { useAppDispatch, useAppSelector } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { selectToasts, toastDismissed, type Toast } from './toastsSlice.ts';

/** Errors stay until dismissed (someone must read them); the rest fade after a while. */
const AUTO_DISMISS_MS = 6_000;

function ToastCard({ toast }: { toast: Toast }) {
  const dispatch = useAppDispatch();
  useEffect(() => {
    if (toast.tone === 'error') return;
    const timer = setTimeout(() => dispatch(toastDismissed(toast.id)), AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [dispatch, toast.id, toast.tone]);
  return (
    <div
      className={`toast toast-${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      data-testid="toast"
    >
      <div className="toast-body">
        <p className="toast-title">{toast.title}</p>
        {/* Field problems say it better than the summary message, when there are any. */}
        {toast.message && toast.problems.length === 0 ? (
          <p className="toast-message">{toast.message}</p>
        ) : null}
        {toast.problems.length > 0 ? (
          <ul className="toast-problems" aria-label="Problems">
            {toast.problems.map((problem) => (
              <li key={`${problem.field}:${problem.reason}`}>{problem.reason}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <Button
        variant="ghost"
        className="toast-dismiss"
        onClick={() => dispatch(toastDismissed(toast.id))}
        aria-label={`Dismiss: ${toast.title}`}
      >
        ✕
      </Button>
    </div>
  );
}

export function ToastRegion() {
  const toasts = useAppSelector(selectToasts);
  return (
    <section className="toast-region" aria-label="Notifications">
      <div className="toast-list">
        {toasts.map((toast) => (
          <ToastCard key={toast.id} toast={toast} />
        ))}
      </div>
    </section>
  );
}
