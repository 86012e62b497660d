import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'site/',
      'storybook-static/',
      'node_modules/',
      'bench/results/',
      '.tmp/',
      'test/consumers/*/.next/',
      'test/consumers/*/.astro/',
      'test/consumers/*/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['scripts/**/*.js', '*.config.js', '*.config.ts', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Puppeteer scripts: Node code with browser code inside page.evaluate().
    files: ['scripts/storybook-test.js', 'scripts/bench.ts', 'bench/**/*.{js,ts}', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
