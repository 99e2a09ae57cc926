/** Runs before every unit test file (vitest.config.ts `setupFiles`). */
import { disableAutoUnmount, enableAutoUnmount } from '@vue/test-utils'
import { afterEach, beforeEach, vi } from 'vitest'
import { resetSlidev } from './slidev-client'
import './contain-every'

// Files share a context (vitest.config.ts): the stand-in for Slidev's client starts every test at rest.
beforeEach(resetSlidev)
// …and no component a test mounts outlives it, to re-render when the next test resets that state
// (test-utils is shared too: the previous file's hook goes before this file's comes).
disableAutoUnmount()
enableAutoUnmount(afterEach)
// Slidev's client source reads `__DEV__`, which Slidev's own build defines: the tests that count clicks
// with its real bookkeeping (@slidev/client/composables/useClicks.ts) load that source.
vi.stubGlobal('__DEV__', false)
