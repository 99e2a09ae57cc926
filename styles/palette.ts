// The palette's custom properties, set from lib/palette.ts so the colours are written down once.
import { paletteCss } from '../lib/palette'

const style = document.createElement('style')
style.dataset.palette = 'okabe-ito'
style.textContent = paletteCss()
document.head.append(style)
