import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The core and each question kind's pure part (schema, core, the core registry): src/core imports them.
    files: ['src/core/**/*.ts', 'src/kinds/*/schema.ts', 'src/kinds/*/core.ts', 'src/kinds/{KindCore,kindSchemas,coreKinds,skipRow,choiceParts}.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['react', 'ink', 'ink-*', 'conf', 'chalk', 'yargs', 'fs', 'node:*', 'yaml'], message: 'src/core stays pure: no UI, storage, fs, process or parsing imports.' }],
      }],
      'no-restricted-globals': ['error', 'process'],
    },
  },
  {
    // A kind's plain-mode lines and key help: plain mode and the first frame load them without React or Ink.
    files: ['src/kinds/*/lines.ts', 'src/kinds/{KindLines,lineKinds}.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['react', 'ink', 'ink-*', '**/*.tsx', '**/viewKinds.js'], message: 'plain mode and the first frame never load React or Ink.' }],
      }],
    },
  },
);
