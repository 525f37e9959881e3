import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

interface Toast {
  id: number;
  kind: 'error' | 'success';
  text: string;
}
type Notify = (kind: Toast['kind'], text: string) => void;

const ToastContext = createContext<Notify>(() => undefined);
let nextId = 1;
let globalNotify: Notify = () => undefined;

/** Shows a toast from outside React (the query client's error handlers). */
export const notify: Notify = (kind, text) => globalNotify(kind, text);

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const push = useCallback<Notify>((kind, text) => {
    const id = nextId++;
    setToasts((current) => [...current.slice(-3), { id, kind, text }]);
    setTimeout(() => setToasts((current) => current.filter((toast) => toast.id !== id)), kind === 'error' ? 7000 : 3000);
  }, []);
  globalNotify = push;
  return (
    <ToastContext.Provider value={push}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : undefined}>
            {toast.text}
            <button className="link" aria-label="×" onClick={() => setToasts((c) => c.filter((t) => t.id !== toast.id))}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
