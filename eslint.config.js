import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The layering of GUIDE.md: who may import whom. */
const layers = [
  { target: './src/domain', from: './src', except: ['./domain'], message: 'domain/ imports nothing.' },
  { target: './src/lib', from: './src', except: ['./lib', './domain'], message: 'lib/ imports at most domain/.' },
  { target: './src/config', from: './src', except: ['./config', './domain'], message: 'config/ imports at most domain/.' },
  { target: './src/api', from: ['./src/features', './src/app', './src/components'], message: 'api/ knows HTTP and WordPress, never React.' },
  { target: './src/components', from: ['./src/features', './src/app', './src/api'], message: 'components/ui is stateless and shared.' },
  { target: './src/features', from: './src/app', message: 'features are composed by app/, not the reverse.' },
  { target: './src', from: './mocks', message: 'src/ never imports the mock backend.' },
  {
    target: './src',
    from: './src/api/wordpress',
    except: [],
    message: 'Only src/api/wordpress and the query factories (features/*/queries.ts) reach the WordPress layer.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'results', 'test-results', 'playwright-report', 'node_modules', 'public/mockServiceWorker.js'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-default-export': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layers }],
    },
  },
  {
    files: ['src/api/**', 'src/features/*/queries.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layers.slice(0, -1) }],
    },
  },
  {
    files: ['*.config.{js,ts}'],
    rules: { 'import-x/no-default-export': 'off' },
  },
);
