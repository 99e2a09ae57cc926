/**
 * Stands in for fuse.js in Slidev's "go to slide" dialog (scripts/lean-first-slide.ts points
 * the dialog here), so the first slide does not download a search library nobody has used yet:
 * the real one is fetched on the first search, whose results then appear (the dialog's
 * computed results read `loaded`, so they are worked out again once it has come).
 */
import type Fuse from 'fuse.js'
import { shallowRef } from 'vue'

type FuseClass = typeof Fuse
const loaded = shallowRef<FuseClass>()
let loading: Promise<unknown> | undefined

export default class LazyFuse<T> {
  private real: Fuse<T> | undefined

  constructor(private readonly list: readonly T[], private readonly options?: ConstructorParameters<FuseClass>[1]) {}

  search(pattern: string): ReturnType<Fuse<T>['search']> {
    const RealFuse = loaded.value
    if (!RealFuse) {
      loading ??= import('fuse.js').then(({ default: real }) => loaded.value = real)
      return []
    }
    this.real ??= new RealFuse(this.list, this.options)
    return this.real.search(pattern)
  }
}
