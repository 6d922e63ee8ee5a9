/**
 * The part of citeproc-js (npm `citeproc`, which ships no types) that the citation tests use:
 * an engine that renders CSL-JSON items with a style.
 */
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  interface Engine {
    setOutputFormat(format: 'text' | 'html'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [{ bibliography_errors: unknown[]; entry_ids: string[][] }, string[]];
  }
  const CSL: { Engine: new (sys: Sys, style: string, lang?: string) => Engine };
  export default CSL;
}
