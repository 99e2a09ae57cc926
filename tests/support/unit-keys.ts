/**
 * Runs `steps` with a keydown listener on the window, where the slides hear keys, and gives back the keys
 * that reached it: what a component let through to Slidev.
 */
export async function keysReachingSlides(steps: () => void | Promise<void>): Promise<string[]> {
  const slideKeys: string[] = []
  const listener = (event: KeyboardEvent) => slideKeys.push(event.key)
  window.addEventListener('keydown', listener)
  try {
    await steps()
  }
  finally {
    window.removeEventListener('keydown', listener)
  }
  return slideKeys
}
