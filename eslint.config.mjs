// ESLint: oclif's own shared config (typescript-eslint, unicorn, import, perfectionist, jsdoc),
// with Prettier owning layout (eslint-config-prettier last) and a few rules set to how this
// codebase is written. `npm run lint`; `npm run format` runs Prettier.
import oclif from 'eslint-config-oclif'
import prettier from 'eslint-config-prettier'

export default [
  {ignores: ['dist/**', 'dist-tsc/**', 'node_modules/**', 'coverage/**', 'oclif.manifest.json']},
  ...oclif,
  prettier,
  {
    // Build and benchmark scripts are programs: they exit with a status (src/build is the build step's own script).
    files: ['scripts/**', 'bench/**', 'bin/**', 'src/build/**'],
    rules: {'n/no-process-exit': 'off', 'unicorn/no-process-exit': 'off'},
  },
  {
    // fs.cpSync copies fixture trees in tests: it works on Node 20 (experimental there, stable from 22.3)
    // and nothing in src/ uses it.
    files: ['test/**'],
    rules: {'n/no-unsupported-features/node-builtins': ['error', {ignores: ['fs.cpSync']}]},
  },
  {
    rules: {
      // ESM with .js specifiers resolved by TypeScript; the import plugin cannot follow them.
      'import/no-unresolved': 'off',
      'n/no-missing-import': 'off',
      // Tests use vitest, not mocha.
      'mocha/no-mocha-arrows': 'off',
      'mocha/no-setup-in-describe': 'off',
      'mocha/max-top-level-suites': 'off',
      // A vitest hook at the top of a file runs for that file only (a mocha root hook runs for every file).
      'mocha/no-top-level-hooks': 'off',
      // Comments say why (STYLE.md); TSDoc where a core export needs it, not @param boilerplate.
      'jsdoc/require-jsdoc': 'off',
      'jsdoc/require-param': 'off',
      'jsdoc/require-returns': 'off',
      // As eslint-config-oclif sets no-unused-vars for JavaScript: `_name` is unused on purpose, and a key
      // destructured beside a rest (`{severity: _severity, ...rest}`) is how a copy leaves that key out.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true},
      ],
      // Names are written out (STYLE.md), but short conventional ones (i, e, s for a style) are fine.
      'unicorn/prevent-abbreviations': 'off',
      // null is part of the --json contracts.
      'unicorn/no-null': 'off',
      // Key order is output order (--json, SARIF) and reading order (interfaces, sets): not sorted.
      'perfectionist/sort-objects': 'off',
      'perfectionist/sort-object-types': 'off',
      'perfectionist/sort-interfaces': 'off',
      'perfectionist/sort-sets': 'off',
      'perfectionist/sort-switch-case': 'off',
      // Layout belongs to Prettier.
      '@stylistic/padding-line-between-statements': 'off',
      '@stylistic/lines-between-class-members': 'off',
      'mocha/consistent-spacing-between-blocks': 'off',
      'unicorn/switch-case-braces': 'off',
      // Point-free callbacks (`.map(describeFact)`) and sequential awaits (ordered I/O) are deliberate here.
      'unicorn/no-array-callback-reference': 'off',
      'no-await-in-loop': 'off',
      // Seeded hashing and PRNGs are bitwise by nature.
      'no-bitwise': 'off',
      // `import YAML from 'yaml'; YAML.parse(…)` is the library's documented use.
      'import/no-named-as-default-member': 'off',
      // Third-party shapes (ts-fsrs's elapsed_days) are spelt their way.
      camelcase: 'off',
      // Measured where it matters (files ≤ 250 lines, STYLE.md), not per function.
      complexity: 'off',
      'max-params': 'off',
      // A parameter typed `T | undefined` is required on purpose (every caller says which); the fixer drops the
      // explicit `undefined` and leaves calls tsc rejects.
      'unicorn/no-useless-undefined': 'off',
      // Array#findLast is Node 20, but the ES2022 lib that tsconfig targets does not declare it.
      'unicorn/prefer-array-find': 'off',
    },
  },
]
