// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// Imports run one way: scripts → apps → projections → libs.
const NOT_APPS_OR_SCRIPTS = {
  regex: '(^|/)(apps|scripts)/',
  message:
    'libs/ and projections/ import nothing from apps/ or scripts/ (scripts → apps → projections → libs).',
};
const NOT_SCRIPTS = {
  regex: '(^|/)scripts/',
  message: 'apps/ imports nothing from scripts/ (scripts → apps → projections → libs).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'coverage/**', '.tmp/**', '**/*.js', '**/*.mjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        // Lets consistent-type-imports keep value imports that Nest's decorator metadata needs.
        emitDecoratorMetadata: true,
        experimentalDecorators: true,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['libs/**/*.ts', 'projections/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_APPS_OR_SCRIPTS] }] },
  },
  {
    files: ['apps/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_SCRIPTS] }] },
  },
  {
    // The domain is pure: no framework, no database clients, no Node I/O.
    files: ['libs/domain/**/*.ts'],
    ignores: ['libs/domain/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*'], message: 'libs/domain is pure TypeScript: no NestJS.' },
            {
              group: ['mongodb', 'mingo', 'better-sqlite3', '@kurrent/*', '@eventstore/*'],
              message: 'libs/domain does no I/O.',
            },
            {
              group: ['node:*', 'fs', 'crypto', 'http', 'https', 'net', 'child_process', 'path', 'os'],
              message: 'libs/domain does no I/O.',
            },
            { group: ['@ledger/*'], message: 'libs/domain depends on nothing else in the repo.' },
            NOT_APPS_OR_SCRIPTS,
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time comes in with the command.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time comes in with the command.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Ids come in with the command.',
        },
      ],
    },
  },
  prettier,
);
