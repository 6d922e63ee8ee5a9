// One lint configuration for the whole workspace: every package's `lint` script runs
// `eslint .`, and ESLint finds this file by looking up from the package directory.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import webSvelteConfig from './apps/web/svelte.config.js';

export default ts.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.svelte-kit/**',
      '**/.turbo/**',
      '**/schema/*.json',
      '**/src/generated/**',
      '**/.e2e-builds/**',
      // The benchmark's generated pages, data and copied libraries (apps/bench).
      'apps/bench/.cache/**',
      '**/playwright-report/**',
      '**/test-results/**',
      // Scratch files (screenshots and the like), ignored by git as well.
      '**/*.tmp.*',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommendedTypeChecked,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.config.js', 'bin/*.js', 'e2e/*.js'] },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@chronik/*/src/*', '@chronik/*/dist/*'],
              message: 'Import a package through its public entry (its `exports`), not its files.',
            },
            {
              group: ['../../packages/*', '../../../packages/*', '../../apps/*'],
              message: 'Reach other packages by name (@chronik/…), never by relative path.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    files: ['apps/web/**/*.svelte', 'apps/web/**/*.svelte.ts'],
    languageOptions: { parserOptions: { svelteConfig: webSvelteConfig } },
  },
  {
    // The domain package stays pure: no UI framework, no rendering library, no DOM.
    files: ['packages/events/src/**/*.ts'],
    ignores: ['packages/events/src/node.ts', 'packages/events/src/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['svelte', 'svelte/*', 'd3', 'd3-*'],
              message: '@chronik/events is pure data logic: no Svelte, no d3.',
            },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'File-system access belongs in src/node.ts only.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: '@chronik/events runs without a DOM.' },
        { name: 'document', message: '@chronik/events runs without a DOM.' },
        { name: 'localStorage', message: '@chronik/events runs without a DOM.' },
        { name: 'process', message: 'Pass what you need (e.g. `now`) in as an option.' },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...ts.configs.disableTypeChecked,
  },
);
