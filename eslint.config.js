// Lint rules for the whole project, in the shape withastro/starlight and withastro/docs use:
// typescript-eslint's recommended rules (without type information, so linting stays fast) plus
// eslint-plugin-astro's for .astro files. The pure logic in src/lib/ reads untrusted text (search
// queries, pasted responses, share links), so its regular expressions must also pass
// eslint-plugin-regexp's recommended rules, no-super-linear-backtracking among them (so must the
// sender registry's signal patterns, which the diagnosis runs on pasted text): no pattern
// there can be made to take quadratic time.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/lib/**/*.ts', 'src/data/sender-registry.ts'], ...regexp.configs['flat/recommended'] },
);
