/**
 * `node scripts/bench-map.ts [--runs 30]`: how long the member map takes to render, a benchmark and not a test.
 *
 * Two figures per snapshot, each the median of several runs on this machine (the first, cold run is
 * shown apart): the geometry alone (lib/geo.ts: decode the shapes, fit the projection, write the
 * paths, place the labels), and the whole map drawing rendered by Vue (MemberMapChart.vue compiled
 * by Vite, rendered to a string, which adds Vue's own work to the geometry). The budget is 50 ms.
 * Wall-clock time counts whatever else the machine is doing; the CPU time of this process does not,
 * so the verdict uses CPU time (on an idle machine the two agree).
 */
import type { Topology } from 'topojson-specification'
import type { Component } from 'vue'
import type { SnapshotId } from '../data/membership.ts'
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import process from 'node:process'
import { parseArgs } from 'node:util'
import vue from '@vitejs/plugin-vue'
import { createServer } from 'vite'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { snapshots, stateName, stateNames, statesWith } from '../data/membership.ts'
import { drawRegionMap, placeLabels } from '../lib/geo.ts'
import { memberLabels } from '../lib/map-style.ts'

const budgetMs = 50

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
  },
})
const runs = Number(values.runs)

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2
}

interface Timing { cold: number, median: number, cpuMedian: number }

/** Wall-clock and CPU milliseconds: on a shared machine the CPU time is the steadier of the two. */
async function measure(task: () => unknown): Promise<Timing> {
  const wall: number[] = []
  const cpu: number[] = []
  for (let run = 0; run <= runs; run++) {
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    await task()
    wall.push(performance.now() - start)
    const used = process.cpuUsage(cpuStart)
    cpu.push((used.user + used.system) / 1000)
  }
  return {
    cold: wall[0]!,
    median: median(wall.slice(1)),
    cpuMedian: median(cpu.slice(1)),
  }
}

const topologyText = readFileSync(new URL('../data/region-map.json', import.meta.url), 'utf8')
const focus = Object.keys(stateNames)

function geometry(id: SnapshotId): void {
  const map = drawRegionMap(JSON.parse(topologyText) as Topology, focus)
  placeLabels(map, statesWith(snapshots[id], 'member').map(entry => ({
    id: entry.code,
    text: stateName(entry.code),
  })), memberLabels)
}

const vite = await createServer({
  configFile: false,
  root: new URL('..', import.meta.url).pathname,
  logLevel: 'error',
  plugins: [
    vue(),
  ],
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
})

try {
  const { default: MemberMapChart } = await vite.ssrLoadModule('/components/MemberMapChart.vue') as { default: Component }
  const rows: string[][] = [
    [
      'snapshot',
      'geometry: median (CPU)',
      'cold',
      'Vue render: median (CPU)',
      'cold',
      'SVG',
    ],
  ]
  const ms = (timing: Timing) => `${timing.median.toFixed(1)} ms (${timing.cpuMedian.toFixed(1)} ms)`
  let worst = 0
  for (const id of Object.keys(snapshots) as SnapshotId[]) {
    const shapes = await measure(() => geometry(id))
    let markup = ''
    const render = await measure(async () => {
      markup = await renderToString(createSSRApp(MemberMapChart, { snapshot: id }))
    })
    worst = Math.max(worst, render.cpuMedian)
    rows.push([
      id,
      ms(shapes),
      `${shapes.cold.toFixed(1)} ms`,
      ms(render),
      `${render.cold.toFixed(1)} ms`,
      `${(markup.length / 1024).toFixed(0)} kB`,
    ])
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map(row => row[column]!.length)))
  for (const row of rows)
    console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '))
  const [load] = loadavg()
  console.log(`\nMedian of ${runs} runs after one cold run; CPU time in brackets (steadier on a busy machine). Node ${process.version}, ${cpus().length} cores, load average ${load!.toFixed(1)}.`)
  console.log(`Slowest median render: ${worst.toFixed(1)} ms of CPU time (budget ${budgetMs} ms): ${worst < budgetMs
    ? 'within budget'
    : 'OVER BUDGET'}.`)
}
finally {
  await vite.close()
}
