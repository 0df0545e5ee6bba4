import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

// Node built-ins in both spellings: 'fs' and 'node:fs'.
const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // src-shared is pure: it runs in main, renderer and tests alike.
  {
    files: ['src-shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: restrict(
      [...nodeBuiltins, 'electron', 'electron/*', 'dexie', 'dexie-*', 'react', 'react-*', 'react/*', '@mantine/*', '**/src-renderer/**', '**/src-main/**'],
      'src-shared is pure TypeScript: no DOM, Node built-ins, Electron, Dexie or React.',
    ),
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require'],
    },
  },
  // The renderer is a sandboxed page: it reaches the system only through window.api.
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeBuiltins, 'electron', 'electron/*', '**/src-main/**'], message: 'src-renderer imports no Node built-in or Electron; use window.api.' },
            {
              // Letters render in main (the page's CSP forbids the code Handlebars compiles to): the
              // page imports the letters modules it uses one by one, never the index, so Handlebars
              // and its compiler stay out of the page's bundle.
              regex: '^handlebars$|(^|/)src-shared(/index)?$|(^|/)src-shared/letters(/index)?$',
              message: 'Import the src-shared/letters module you need (Handlebars stays in main: letters:render).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts', 'test/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Only the thin shell may touch Electron; everything else in main must run in plain Node tests.
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/shell/**', 'src-main/preload/**'],
    rules: restrict(['electron', 'electron/*', '**/src-renderer/**'], 'Keep Electron in src-main/shell or the preload, so the module can be tested in Node.'),
  },
  {
    files: ['test/**/*.ts'],
    rules: restrict(['electron', 'electron/*'], 'Tests never import electron; it would try to download its binary.'),
  },
);
