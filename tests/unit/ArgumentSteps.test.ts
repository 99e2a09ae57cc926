// @vitest-environment happy-dom
import { createClicksContextBase } from '@slidev/client/composables/useClicks.ts'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import ArgumentSteps from '../../components/ArgumentSteps.vue'
import { slidev } from '../support/slidev-client'

const click = {
  mounted: () => {},
}

/** A slide holding the steps, which sets up its clicks as Slidev's slides do. */
const Slide = defineComponent({
  setup() {
    slidev.clicks?.setup()
    return () => h(ArgumentSteps)
  },
})

async function projectedAt(current: ReturnType<typeof ref<number>>) {
  const clicks = createClicksContextBase(current as never)
  slidev.clicks = clicks
  const wrapper = mount(Slide, {
    global: {
      directives: { click },
    },
  })
  await flushPromises()
  return { wrapper, clicks }
}

describe('argumentSteps, projected', () => {
  it('takes three clicks after the thesis, and shows one step at a time', async () => {
    const current = ref(0)
    const { wrapper, clicks } = await projectedAt(current)
    expect(clicks.total).toBe(3)
    const seen: string[] = []
    for (const click of [0, 1, 2, 3]) {
      current.value = click
      await flushPromises()
      expect(wrapper.findAll('.step'), `click ${click}`).toHaveLength(1)
      seen.push(wrapper.get('.argument-steps').attributes('data-step')!)
    }
    expect(seen).toEqual([
      'thesis',
      'claims',
      'counter-position',
      'recommendation',
    ])
    wrapper.unmount()
  })

  it('says the thesis, then the four claims with their paragraphs, the answered position and the conditions', async () => {
    const current = ref(0)
    const { wrapper } = await projectedAt(current)
    const texts = async (click: number, selector: string): Promise<string[]> => {
      current.value = click
      await flushPromises()
      return wrapper.findAll(selector).map(element => element.text())
    }
    expect(await texts(0, '.thesis-text')).toEqual(['The SCO’s security cooperation harms human rights and weakens global counterterrorism norms, so the recognition it seeks should not be given freely.'])
    expect(await texts(1, '.claim')).toEqual([
      '1A local security pact has grown into a body with reach and standing (¶2, ¶3)',
      '2Its security cooperation reaches beyond terrorism (¶5, ¶6)',
      '3Shared blacklists override refugee protection (¶6)',
      '4Recognition is likely to help shield members’ abuses (¶7, ¶8)',
    ])
    expect(await texts(2, '.answered')).toEqual(['Only the essay’s account of her (¶8); it answers with claim 4.'])
    expect(await texts(3, '.conditions li')).toEqual([
      'genuine transparency',
      'accountability for human-rights violations',
      'clear benchmarks for progress',
    ])
    wrapper.unmount()
  })
})

describe('argumentSteps, not projected', () => {
  it('is the full map, evidence and all, and beside it the steps at once for print (the CSS shows one)', async () => {
    for (const [context, print] of [
      ['slide', true],
      ['overview', false],
    ] as const) {
      slidev.renderContext.value = context
      slidev.isPrintMode.value = print
      const { wrapper } = await projectedAt(ref(0))
      expect(wrapper.find('.argument-steps:not(.argument-steps--printed)').exists(), context).toBe(false)
      expect(wrapper.find('figure.argument-map.argument-map-full').exists(), context).toBe(true)
      expect(wrapper.findAll('.evidence-item').length, context).toBeGreaterThan(0)
      const printed = wrapper.get('.argument-steps--printed')
      expect(printed.findAll('.claims li'), context).toHaveLength(4)
      expect(printed.findAll('.label').map(label => label.text()), context).toEqual(['The essay’s thesis (¶4–¶9)', 'The claims that carry it', 'What it recommends (¶9)'])
      wrapper.unmount()
    }
  })
})
