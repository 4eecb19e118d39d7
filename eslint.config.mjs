// Flat ESLint config for the whole repository (`npm run lint` = `eslint .`).
import js from '@eslint/js';
import ngrx from '@ngrx/eslint-plugin/v9';
import angular from 'angular-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Focused or skipped specs must never reach the main branch. */
const noFocusedOrSkippedSpecs = {
  'no-restricted-globals': [
    'error',
    ...['fdescribe', 'fit', 'xdescribe', 'xit'].map((name) => ({
      name,
      message: 'Focused or skipped specs must not be committed.',
    })),
  ],
  'no-restricted-properties': [
    'error',
    ...['only', 'skip'].flatMap((property) =>
      ['describe', 'it', 'test'].map((object) => ({
        object,
        property,
        message: 'Focused or skipped specs must not be committed.',
      })),
    ),
  ],
};

/** NgRx's recommended rule sets, limited to the SPA. */
const ngrxForSpa = [...ngrx.configs.store, ...ngrx.configs.effects, ...ngrx.configs.operators].map((config) => ({
  ...config,
  files: ['src/**/*.ts'],
}));

export default defineConfig([
  globalIgnores([
    'dist/',
    'node_modules/',
    '.angular/',
    'coverage/',
    'out-tsc/',
    'test-results/',
    'playwright-report/',
    'data/',
    'bench/results/',
  ]),

  // Angular SPA: TypeScript.
  {
    files: ['src/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended, tseslint.configs.stylistic, angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'app', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'app', style: 'kebab-case' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-signals': 'error',
      '@angular-eslint/no-implicit-take-until-destroyed': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A dialog's first focus must not wait for its opening animation (shared/focus/dialog-focus.ts says why).
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='autoFocus']",
          message: 'Open dialogs with ...dialogFocus(target) from shared/focus/dialog-focus.ts, which also moves focus in at once.',
        },
        {
          // MatDialog.open(component, config): a config without dialogFocus would keep Material's late focus.
          selector: "CallExpression[callee.property.name='open'][arguments.length=2] > ObjectExpression:not(:has(CallExpression[callee.name='dialogFocus']))",
          message: 'Open dialogs with ...dialogFocus(target) from shared/focus/dialog-focus.ts in their config.',
        },
      ],
    },
  },
  { files: ['src/app/shared/focus/dialog-focus.ts'], rules: { 'no-restricted-syntax': 'off' } },
  ...ngrxForSpa,

  // Angular SPA: templates, external and inline.
  {
    files: ['src/**/*.html'],
    extends: [angular.configs.templateRecommended, angular.configs.templateAccessibility],
    rules: {
      '@angular-eslint/template/prefer-control-flow': 'error',
      '@angular-eslint/template/prefer-self-closing-tags': 'error',
      // The CSP allows no inline styles: classes, or [style.x] bindings (set through the CSSOM).
      '@angular-eslint/template/no-inline-styles': ['error', { allowBindToStyle: true }],
    },
  },

  // The answering page of self-report links (a second, tiny Angular app): the SPA's rules, its own prefix.
  {
    files: ['answer/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended, tseslint.configs.stylistic, angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'answer', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'answer', style: 'kebab-case' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-signals': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['answer/**/*.html'],
    // The host page's <answer-root> must keep its closing tag: HTML has no self-closing custom elements.
    ignores: ['answer/index.html'],
    extends: [angular.configs.templateRecommended, angular.configs.templateAccessibility],
    rules: {
      '@angular-eslint/template/prefer-control-flow': 'error',
      '@angular-eslint/template/prefer-self-closing-tags': 'error',
      '@angular-eslint/template/no-inline-styles': ['error', { allowBindToStyle: true }],
    },
  },

  // Server, shared domain code, end-to-end specs, benchmarks and tools: TypeScript.
  {
    files: ['server/**/*.ts', 'domain/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'tools/**/*.ts', '*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },

  // Plain JavaScript (tools/*.mjs, config files) run by Node.
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },

  // Specs everywhere.
  {
    files: ['**/*.spec.ts'],
    rules: noFocusedOrSkippedSpecs,
  },
  {
    files: ['src/**/*.spec.ts', 'answer/**/*.spec.ts', 'answer/testing/**/*.ts'],
    languageOptions: { globals: { ...globals.jasmine } },
  },
]);
