import antfu from '@antfu/eslint-config'

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
})
