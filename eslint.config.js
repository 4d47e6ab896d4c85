// Lint settings: ESLint's recommended rules and typescript-eslint's, over src/, test/, bench/ and scripts/ (generated files excluded).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/quality/meta-validators/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly', performance: 'readonly', AbortController: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly', fetch: 'readonly', Response: 'readonly', Request: 'readonly', Headers: 'readonly', AbortSignal: 'readonly' } },
    rules: {
      // Unused names are errors, except a leading underscore (an intentionally ignored parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // A closure may read a `let` that is assigned once, later (a callback wired before its target exists).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Catalog text is untrusted: the escapers match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  // Tests read loosely typed JSON reports and API payloads.
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
