import type { Directive } from 'vue'

/** Stands in for Slidev's v-click in component tests: records on the element whether a part waits for a click. */
export const recordClick: Directive<Element, unknown> = {
  mounted(element, binding) {
    element.setAttribute('data-test-click', String(binding.value))
  },
}
