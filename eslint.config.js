import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers import one way (STYLE.md): features → worker client, ui, lib; worker → core; core → lib.
 * Pages (features, ui, app) have their own block below: no TF.js, workers only through client/api. */
const layerRules = [
  {
    files: ['src/core/**'],
    patterns: [
      '**/worker/**',
      '**/storage/**',
      '**/features/**',
      '**/ui/**',
      '**/app/**',
      'react',
      'react-dom',
      'idb',
      'comlink',
    ],
    message: 'core/ is plain TypeScript: no DOM, React, idb, comlink or app layers.',
  },
  {
    files: ['src/storage/**'],
    patterns: ['**/worker/**', '**/features/**', '**/ui/**', '**/app/**', 'react'],
    message: 'storage/ may use core types only.',
  },
  {
    files: ['src/worker/**'],
    patterns: ['**/features/**', '**/ui/**', '**/app/**', 'react'],
    message: 'worker/ may use core and storage only.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results', 'test-results', 'models'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
    },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
  },
  ...layerRules.map(({ files, patterns, message }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
  })),
  {
    files: ['src/features/**', 'src/ui/**', 'src/app/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tensorflow/*'],
              message: 'TF.js runs in workers only: the main thread never loads it.',
            },
            {
              regex: '/worker/(?!\\w+/(client|api)$)',
              message:
                'Pages reach workers through worker/*/client.ts, and their types through api.ts.',
            },
          ],
        },
      ],
    },
  },
);
