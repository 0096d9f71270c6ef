// Lint: the recommended rules of ESLint and typescript-eslint over the sources and tests.
// Formatting is not linted; types are checked by `tsc --noEmit`.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'src/report/generated/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A timer or handle declared before the closures that clear it, assigned once after them.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }]
    }
  },
  {
    files: ['scripts/**/*.mjs', '__tests__/fixtures/**/*.mjs', 'jest.config.js', 'eslint.config.js', 'examples/**/*.mjs'],
    languageOptions: { globals: globals.node }
  },
  {
    files: ['.dependency-cruiser.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
