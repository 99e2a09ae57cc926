import { defineConfig } from 'vite'

export default defineConfig({
  optimizeDeps: {
    // Pre-bundled at start, so the first visit to the map slide does not make Vite reload the page mid-export.
    include: ['d3-geo', 'topojson-client'],
  },
})
