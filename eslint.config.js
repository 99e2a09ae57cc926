import antfu from '@antfu/eslint-config'

/** Node's built-ins and the browser automation: tooling, never code the deck runs in the browser. */
const nodeTooling = [
  {
    group: ['node:*'],
    message: 'Node built-ins belong in scripts/ (or tests/support/), not in code the deck runs.',
  },
  {
    group: ['playwright', 'playwright-*', '@playwright/*'],
    message: 'Browser automation belongs in scripts/ or tests/.',
  },
  {
    group: ['**/scripts/**', '../scripts', './scripts'],
    message: 'scripts/ is Node tooling: the deck does not import it.',
  },
]

export default antfu({
  vue: true,
  typescript: true,
  markdown: true,
  ignores: [
    'dist/**',
    'exports/**',
    'test-results/**',
    'playwright-report/**',
    '.ci/**',
  ],
}, {
  // A deck is many pages in one file: every slide has its own h1.
  files: ['slides.md', 'pages/**/*.md'],
  rules: { 'markdown/no-multiple-h1': 'off' },
}, {
  // lib/: code the deck runs in the browser, pure where it can be. It reads data/ for types only:
  // the facts reach it as arguments.
  files: ['lib/**/*.ts'],
  rules: {
    'ts/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/data/**', '../data', './data'],
            allowTypeImports: true,
            message: 'lib/ imports data/ for types only (`import type`): pass the facts in as arguments.',
          },
          {
            group: ['**/components/**'],
            message: 'lib/ is plain TypeScript: components import lib, not the other way round.',
          },
          ...nodeTooling,
        ],
      },
    ],
  },
}, {
  // components/: Vue SFCs that render what data/ and lib/ give them, in the browser.
  files: ['components/**/*.vue', 'components/**/*.ts'],
  rules: {
    'ts/no-restricted-imports': [
      'error',
      { patterns: nodeTooling },
    ],
  },
}, {
  // data/: the facts and their schema. It imports only data/: facts flow one way, out of data/ into
  // lib/, components/ and scripts/. A sentence that embeds a figure is a `phrase` (data/phrase.ts),
  // composed where it is printed.
  files: ['data/**/*.ts'],
  rules: {
    'ts/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '^(?!\\./)',
            message: 'data/ imports only data/ (`./…`): facts flow out of data/, never back in.',
          },
        ],
      },
    ],
  },
})
