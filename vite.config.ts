/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { wordpressMockPlugin } from './mocks/vite-plugin.ts';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  // Mock mode: the dev and preview servers answer the WordPress API themselves, so the app
  // always talks plain HTTP and no mock code ships in the bundle.
  const mock = !env['VITE_WP_URL'];
  return {
    plugins: [react(), ...(mock && mode !== 'test' ? [wordpressMockPlugin()] : [])],
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
    build: { target: 'es2022', sourcemap: true },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./tests/setup.ts'],
      include: ['tests/**/*.test.{ts,tsx}'],
      restoreMocks: true,
    },
  };
});
