/** Slidev's print view page, which setup/routes.ts adds to the build (see slidev-slide-container.d.ts). */
import type { DefineComponent } from 'vue'

declare const PrintPage: DefineComponent
export default PrintPage
