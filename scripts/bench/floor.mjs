import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, loadConfigFromFile } from 'vite';
import { FLOOR_DIR, ROOT } from './config.mjs';
import { viteEnv } from './processes.mjs';

/**
 * The floor: the fixed stack alone (react, react-dom, react-router, react-query) with one tiny
 * route that reads one query, built with the project's own `build` options. It lives under
 * results/ so it resolves the project's node_modules, at the same versions.
 */
const INDEX_HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><title>Floor</title></head>
<body><div id="root"></div><script type="module" src="/main.jsx"></script></body></html>
`;

const MAIN_JSX = `import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link } from 'react-router';
import { RouterProvider } from 'react-router/dom';

const queryClient = new QueryClient();

const Home = () => {
  const { data } = useQuery({ queryKey: ['hello'], queryFn: async () => 'Hello' });
  return <main><h1>{data ?? '…'}</h1><Link to="/">Home</Link></main>;
};

const router = createBrowserRouter([{ path: '/', Component: Home }]);

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
`;

/** The project's `build` section as `vite build` resolves it (chunking rules included). */
const projectBuildOptions = async () => {
  Object.assign(process.env, viteEnv());
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(ROOT, 'vite.config.ts'), ROOT, 'silent');
  return loaded?.config.build ?? {};
};

/** Builds the floor app and returns its JS and CSS files (all of them load on its one route). */
export const buildFloor = async () => {
  await rm(FLOOR_DIR, { recursive: true, force: true });
  await mkdir(FLOOR_DIR, { recursive: true });
  await writeFile(join(FLOOR_DIR, 'index.html'), INDEX_HTML);
  await writeFile(join(FLOOR_DIR, 'main.jsx'), MAIN_JSX);
  const outDir = join(FLOOR_DIR, 'dist');
  await build({
    root: FLOOR_DIR,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { ...(await projectBuildOptions()), outDir, emptyOutDir: true },
  });
  const assets = await readdir(join(outDir, 'assets'));
  return assets.filter((name) => /\.(js|css)$/.test(name)).map((name) => join(outDir, 'assets', name));
};
