/** TEACHING.md as HTML without its title, rendered at build (scripts/teaching-guide.ts). */
declare module 'virtual:lesson-plan' {
  const html: string
  export default html
}
