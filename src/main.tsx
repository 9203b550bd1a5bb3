import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from './app/provider';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/router';
import { settings } from './config/settings';
import './app/styles/base.css';
import './app/styles/layout.css';
import './app/styles/cards.css';
import './app/styles/article.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

try {
  settings();
  const queryClient = createQueryClient();
  const router = createBrowserRouter(createRoutes(queryClient));
  root.render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
} catch (error) {
  // A misconfigured build should say so rather than show a blank page.
  root.render(
    <main className="state-page">
      <h1>Gazette is not configured correctly</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
    </main>,
  );
}
