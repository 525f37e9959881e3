import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { ApiError } from './api/client';
import { App } from './App';
import { I18nProvider } from './i18n/i18n';
import { LiveProvider } from './live/live';
import { notify, ToastProvider } from './ui/toast';
import './styles.css';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error) => notify('error', describe(error)) }),
  // Validation problems are shown beside their fields; everything else as a toast.
  mutationCache: new MutationCache({
    onError: (error) => {
      if (!(error instanceof ApiError && error.problem.errors?.length)) notify('error', describe(error));
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status < 500),
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <ToastProvider>
        <QueryClientProvider client={queryClient}>
          <LiveProvider>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </LiveProvider>
        </QueryClientProvider>
      </ToastProvider>
    </I18nProvider>
  </StrictMode>,
);
