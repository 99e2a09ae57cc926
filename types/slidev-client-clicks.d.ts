/**
 * The one internal of `@slidev/client` a test uses: Slidev's own click counting, so the member map's
 * stepping is tested against the real thing. Declared here for the same reason as slidev-client.d.ts.
 */
import type { ClicksContext } from '@slidev/types'
import type { Ref } from 'vue'

export function createClicksContextBase(current: Ref<number>, clicksStart?: number, clicksTotalOverrides?: number): ClicksContext
/** A slide's clicks fixed at `currentInit` (CLICKS_MAX: every step shown), as Slidev's print view uses. */
export function createFixedClicks(route?: import('@slidev/types').SlideRoute, currentInit?: number): ClicksContext
