/** Rectangles in a drawing's units, for marks and shapes (never for text, which the browser sets). */

export interface Box {
  readonly x0: number
  readonly y0: number
  readonly x1: number
  readonly y1: number
}
