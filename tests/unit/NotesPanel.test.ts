// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import NotesPanel from '../../components/NotesPanel.vue'
import { slidev } from '../support/slidev-client'
import { keysReachingSlides } from '../support/unit-keys'

// Two slides stand in for the deck; `slideNo` plays the part of Slidev's navigation.
const slides = [
  {
    no: 1,
    meta: {
      slide: {
        no: 1,
        title: 'Origins',
        noteHTML: '<p>Ask the class: <strong>why Xinjiang?</strong> 2 min.</p>',
        frontmatter: {},
      },
    },
  },
  {
    no: 2,
    meta: {
      slide: {
        no: 2,
        title: 'Growth',
        noteHTML: '',
        frontmatter: {},
      },
    },
  },
]

beforeEach(() => {
  slidev.slides.value = slides
})

describe('notesPanel', () => {
  it('shows the current slide\'s notes and follows the slides', async () => {
    const wrapper = mount(NotesPanel, { attachTo: document.body })
    expect(wrapper.get('h2').text()).toBe('Notes · slide 1 of 2')
    expect(wrapper.get('.slide-title').text()).toBe('Origins')
    expect(wrapper.get('.body').html()).toContain('<strong>why Xinjiang?</strong>')
    expect(document.activeElement).toBe(wrapper.element)

    slidev.slideNo.value = 2
    await flushPromises()
    expect(wrapper.get('h2').text()).toBe('Notes · slide 2 of 2')
    expect(wrapper.get('.body').text()).toBe('This slide has no notes.')
    wrapper.unmount()
  })

  it('closes with Escape or its button, and keeps scrolling keys from the slides', async () => {
    const wrapper = mount(NotesPanel, { attachTo: document.body })
    try {
      const slideKeys = await keysReachingSlides(() => {
        for (const key of [
          'ArrowDown',
          'ArrowUp',
          'PageDown',
          'PageUp',
          'Home',
          'End',
          ' ',
          'ArrowRight',
          'ArrowLeft',
        ])
          wrapper.element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
      })
      expect(slideKeys).toEqual(['ArrowRight', 'ArrowLeft'])

      wrapper.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
      await wrapper.get('button.close').trigger('click')
      expect(wrapper.emitted('close')).toHaveLength(2)
    }
    finally {
      wrapper.unmount()
    }
  })
})
