/** Runs before every unit test file (vitest.config.ts `setupFiles`). */
import { beforeEach } from 'vitest'
import { resetSlidev } from './slidev-client'
import './contain-every'

// Files share a context (vitest.config.ts): the stand-in for Slidev's client starts every test at rest.
beforeEach(resetSlidev)
