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

// Where text is shown to a reader. A letter in it means words that need a translation.
const SEEN_ATTRIBUTES =
  '/^(aria-label|aria-description|aria-valuetext|title|placeholder|alt|label|description|heading)$/';
const USER_FACING_TEXT = [
  'JSXText[value=/[A-Za-z]/]',
  'JSXElement > JSXExpressionContainer > Literal[value=/[A-Za-z]/]',
  'JSXElement > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]/]',
  'JSXFragment > JSXExpressionContainer > Literal[value=/[A-Za-z]/]',
  `JSXAttribute[name.name=${SEEN_ATTRIBUTES}] > Literal[value=/[A-Za-z]/]`,
  `JSXAttribute[name.name=${SEEN_ATTRIBUTES}] > JSXExpressionContainer > Literal[value=/[A-Za-z]/]`,
  `JSXAttribute[name.name=${SEEN_ATTRIBUTES}] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]/]`,
  'CallExpression[callee.name=/^(useDocumentTitle|pushToast)$/] > Literal[value=/[A-Za-z]/]',
  'CallExpression[callee.name=/^(useDocumentTitle|pushToast)$/] > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]/]',
  'CallExpression[callee.name=/^(useDocumentTitle|pushToast)$/] > ObjectExpression > Property[key.name=/^(title|message|text|label)$/] > Literal[value=/[A-Za-z]/]',
];

// Parts of the browser's code whose words are still written in English only. Each leaves this list
// when its words move to messages files.
const NOT_YET_IN_BOTH_LANGUAGES = [];

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
  // Every word a reader sees comes from a messages file (src/shared/i18n/define.ts), so it exists
  // in both languages. Text written straight into JSX, into the attributes a reader or a screen
  // reader is given, into a toast or a page title, is an error.
  {
    files: ['src/client/**/*.tsx', 'src/client/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/test-utils/**', ...NOT_YET_IN_BOTH_LANGUAGES],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...USER_FACING_TEXT.map((selector) => ({
          selector,
          message: 'Words a reader sees belong in a messages.ts (with their Ukrainian in messages.uk.ts).',
        })),
      ],
    },
  },
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
