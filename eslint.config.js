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
        patterns: [
          { group: ['react', 'ink', 'ink-*', 'conf', 'chalk', 'yargs', 'fs', 'node:*', 'yaml'], message: 'src/core stays pure: no UI, storage, fs, process or parsing imports.' },
          { group: ['**/messages/*'], message: 'src/core returns codes; src/messages words them, not the other way round.' },
        ],
      }],
      'no-restricted-globals': ['error', 'process'],
      // The core speaks no language (issue 14): it returns codes with data, and src/messages/en.ts words them, so a
      // translation or a web page can reuse the core as it is. Three words in a row, the second and third lower-case,
      // is a sentence; ids, codes, paths and regular expressions never have spaces. Bank content is data, not code.
      'no-restricted-syntax': ['error',
        { selector: 'Literal[value=/[A-Za-z]+ [a-z]+ [a-z]+/]', message: 'No English in src/core: return a code with its data and word it in src/messages.' },
        { selector: 'TemplateElement[value.raw=/[A-Za-z]+ [a-z]+ [a-z]+/]', message: 'No English in src/core: return a code with its data and word it in src/messages.' },
      ],
    },
  },
  {
    // The Skip row's label is the one text the core registry carries (offered rows are what the screens list, so the
    // Skip rule lives in one place); it is words for the screens, never said by the core itself.
    files: ['src/kinds/skipRow.ts'],
    rules: { 'no-restricted-syntax': 'off' },
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
