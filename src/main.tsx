import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from './app/provider';
import { createQueryClient } from './app/query-client';
import { startQueryPersistence } from './app/query-cache-boot';
import { createRoutes } from './app/router';
import { UpdateNotice } from './app/update-notice';
import './app/styles/base.css';
import './app/styles/layout.css';
import './app/styles/cards.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

const start = async () => {
  const queryClient = createQueryClient();
  // Before the router runs its loaders, so they find the last session's feeds.
  await startQueryPersistence(queryClient);
  const router = createBrowserRouter(createRoutes(queryClient));
  // A transition: React renders the first view in slices and lets the browser paint and answer
  // input between them, instead of one long task.
  startTransition(() => {
    root.render(
      <StrictMode>
        <AppProvider queryClient={queryClient}>
          <RouterProvider router={router} />
          <UpdateNotice />
        </AppProvider>
      </StrictMode>,
    );
  });
};

start().catch((error: unknown) => {
  // Whatever stops the start is said to the reader, not left as a blank page.
  root.render(
    <main className="state-page">
      <h1>Gazette could not start</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
    </main>,
  );
});
