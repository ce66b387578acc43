import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import officeAddins from 'eslint-plugin-office-addins';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'util', 'stream', 'zlib', 'crypto', 'url', 'http', 'https', 'buffer', 'events'];

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'dist-wps/', 'out/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The core is shared by Excel, the command line and the browser: it may not reach any of them.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core must stay pure: no Node modules.' })),
          { name: 'exceljs', message: 'src/core must stay pure: exceljs belongs in src/xlsx.' },
          { name: 'react', message: 'src/core must stay pure: no UI.' },
        ],
        patterns: [
          { group: ['node:*'], message: 'src/core must stay pure: no Node modules.' },
          { group: ['@fluentui/*', 'office-addin-*', 'react-dom', 'react-dom/*', '**/office/**', '**/xlsx/**', '**/taskpane/**', '**/cli/**'], message: 'src/core must not depend on a host or the UI.' },
        ],
      }],
      'no-restricted-globals': ['error',
        ...['window', 'document', 'navigator', 'localStorage', 'fetch', 'XMLHttpRequest', 'Office', 'Excel', 'OfficeExtension', 'process', 'require', 'Buffer', '__dirname'].map((name) => ({ name, message: 'src/core must stay pure: hosts pass data in.' })),
      ],
    },
  },
  {
    files: ['src/office/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    languageOptions: { globals: { ...globals.browser, Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly' } },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The WPS add-in's entry page: a plain script whose top-level functions ribbon.xml calls by name.
    files: ['wps-addin/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^(OnAddinLoad|OnAction|GetImage)$', caughtErrors: 'none' }] },
  },
);
