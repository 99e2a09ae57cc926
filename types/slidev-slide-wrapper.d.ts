/** Slidev's slide component wrapper (see slidev-slide-container.d.ts). */
import type { ClicksContext, RenderContext, SlideRoute } from '@slidev/types'
import type { DefineComponent } from 'vue'

declare const SlideWrapper: DefineComponent<{ clicksContext: ClicksContext, route: SlideRoute, renderContext?: RenderContext }>
export default SlideWrapper
