/**
 * A component's own steps as clicks of the slide it is on, registered the way Slidev's own `v-switch`
 * registers its cases. Written against @slidev/client 53's `ClicksContext` (`calculateSince`,
 * `register`, `unregister`); tests/unit/MemberMap.test.ts and ArgumentSteps.test.ts step through
 * Slidev's real clicks bookkeeping and fail if it changes shape.
 */
import type { ClicksInfo } from '@slidev/types'
import type { ComputedRef } from 'vue'
import { useSlideContext } from '@slidev/client'
import { computed, onMounted, onUnmounted, shallowRef, useId } from 'vue'

/**
 * Registers steps 0 to `lastStep` as the slide's clicks, the first step's change at `at` ("+1": the
 * next click), and gives the step the slide's clicks have reached: null until the component is
 * mounted, false when `at` turns clicking off.
 */
export function useSlideSteps(at: string | number, lastStep: number): ComputedRef<number | false | null> {
  const { $clicksContext: clicks } = useSlideContext()
  const info = shallowRef<ClicksInfo | false | null>(null)
  const id = useId()
  onMounted(() => {
    const registered = clicks.calculateSince(at, lastStep)
    if (registered)
      clicks.register(id, registered)
    info.value = registered ?? false
  })
  onUnmounted(() => clicks.unregister(id))
  return computed(() => info.value
    ? Math.min(lastStep, Math.max(0, info.value.currentOffset.value + 1))
    : info.value)
}
