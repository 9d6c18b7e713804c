import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Import boundaries between the layers (see docs/architecture.md):
// shared imports nothing of ours; client never imports server; server never imports client;
// features do not import each other; production code never imports mocks or test helpers.
const layer = (from, patterns, message) => ({
  files: from,
  ignores: ['**/*.test.ts', '**/*.test.tsx', 'src/test/**', '**/test-utils/**', '**/testing/**'],
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-demo',
      'build',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'data',
      '.tmp',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  layer(
    ['src/shared/**'],
    [
      '@client/*',
      '@server/*',
      '@mocks/*',
      '@test/*',
      '**/client/**',
      '**/server/**',
      '**/mocks/**',
      '**/test/**',
      'react',
      'hono',
      'hono/*',
    ],
    'shared/ is pure: it imports nothing of ours and no framework.',
  ),
  layer(
    ['src/server/**'],
    ['@client/*', '@mocks/*', '@test/*', '**/client/**', '**/mocks/**', '**/test/**', '**/testing/**'],
    'server/ must not import client/, mocks/ or test helpers.',
  ),
  layer(
    ['src/client/**'],
    ['@server/*', '@mocks/*', '@test/*', '**/server/**', '**/mocks/**', '**/test/**', '**/test-utils/**'],
    'client/ talks to the server over HTTP only.',
  ),
  // Features are combined by routes, never by importing each other.
  ...readdirSync(new URL('./src/client/features', import.meta.url)).map((name) =>
    layer(
      [`src/client/features/${name}/**`],
      [
        '@client/features/!(' + name + ')/**',
        '**/features/!(' + name + ')/**',
        '@server/*',
        '@mocks/*',
        '@test/*',
        '**/server/**',
        '**/mocks/**',
        '**/test/**',
      ],
      'A feature does not import another feature: combine them in a route.',
    ),
  ),
);
