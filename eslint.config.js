// Lint rules, including the layer table of ARCHITECTURE.md: each folder may
// import only what its row allows, so a layering mistake fails CI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'This layer must not use Node built-ins.' };
const electronPkg = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/main and electron/preload may import electron.',
};
const rendererDir = {
  group: ['**/renderer/**'],
  message: 'Nothing outside renderer/ imports the renderer.',
};
const electronDirs = {
  group: ['**/electron/**'],
  message: 'This layer must not import electron/ folders.',
};
const coreDir = {
  group: ['**/electron/core/**', '**/core/**'],
  message: 'Preload must not import the node core.',
};
const mainDir = {
  group: ['**/electron/main/**', '**/main/**'],
  message: 'This layer must not import electron/main.',
};
const reactPkg = {
  group: ['react', 'react-dom', 'react-dom/*', 'react-redux', '@reduxjs/toolkit'],
  message: 'shared/ is UI-free.',
};

const layer = (files, patterns) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'release/',
      '.tsbuild/',
      'bench/results/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  layer(['shared/**/*.ts'], [nodeBuiltins, electronPkg, rendererDir, electronDirs, reactPkg]),
  layer(['electron/core/**/*.ts'], [electronPkg, rendererDir, mainDir]),
  layer(['electron/main/**/*.ts'], [rendererDir]),
  layer(['electron/preload/**/*.ts'], [nodeBuiltins, rendererDir, coreDir, mainDir]),
  layer(['renderer/**/*.{ts,tsx}'], [nodeBuiltins, electronPkg, electronDirs]),
  {
    // shared/ runs everywhere: no DOM or Node globals.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        '__dirname',
        'require',
        'localStorage',
      ],
    },
  },
);
