import { defineConfig } from 'vite'

export default defineConfig({
  optimizeDeps: {
    // Pre-bundled at start, so the first visit to the map or a chart does not make Vite reload the page mid-export.
    include: [
      'd3-geo',
      'topojson-client',
      'd3-scale',
      'd3-time',
    ],
  },
})
