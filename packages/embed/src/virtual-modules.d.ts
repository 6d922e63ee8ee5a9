declare module 'virtual:chronik-styles' {
  /**
   * Every style of the widget (the palette, the element's own and its components'), bundled
   * and minified, for one constructed style sheet in its shadow root: filled in by the build
   * (`scripts/shadow-styles.ts`).
   */
  const styles: string;
  export default styles;
}
