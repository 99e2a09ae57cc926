/**
 * Slidev's slide container, which the handouts draw slides with (components/handouts/SlidePicture.vue),
 * as Slidev's overview does. Declared here for the same reason as slidev-client.d.ts.
 */
import type { DefineComponent } from 'vue'

declare const SlideContainer: DefineComponent<{ width?: number }>
export default SlideContainer
