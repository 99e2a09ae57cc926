/** The one constant of Slidev's the handouts use (see slidev-slide-container.d.ts): "every click shown". */
export const CLICKS_MAX: number
