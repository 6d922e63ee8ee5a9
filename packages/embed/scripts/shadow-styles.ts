/**
 * A Vite plugin that hands the widget its styles as a string, for a constructed style sheet
 * in its shadow root (issue 11). Svelte's injected styles are `<style>` elements, which a
 * host page's Content-Security-Policy without `'unsafe-inline'` in `style-src` blocks, leaving
 * the widget unstyled; a sheet made with `new CSSStyleSheet()` and adopted by the shadow root
 * is no inline style, and no policy blocks it.
 *
 * The components compile with `css: 'external'`, so their styles (and the CSS files the
 * widget imports) reach Vite's CSS pipeline, which bundles and minifies them into one file.
 * `virtual:chronik-styles` exports a placeholder; once the bundle is written, the plugin puts
 * that file's text in the placeholder's place and leaves the file out: the widget stays one
 * file, and its styles are the bundle's, whole.
 *
 * @module
 */
import type { Plugin } from 'vite';

/** The module the element imports its styles from (its type: `src/virtual-modules.d.ts`). */
const ID = 'virtual:chronik-styles';
const PLACEHOLDER = '__CHRONIK_STYLES__';
const LITERAL = new RegExp(`(["'\`])${PLACEHOLDER}\\1`, 'g');

/** The CSS as the shortest JavaScript string literal of the two quotes it needs least. */
function toStringLiteral(css: string): string {
  const json = JSON.stringify(css);
  // Minified CSS quotes with ", which JSON escapes; in single quotes it needs no escape.
  return css.includes("'") ? json : `'${json.slice(1, -1).replaceAll('\\"', '"')}'`;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The values of one source-map segment (base64 VLQ). */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeSegment(values: number[]): string {
  let text = '';
  for (const value of values) {
    let rest = value < 0 ? (-value << 1) | 1 : value << 1;
    do {
      const digit = rest & 31;
      rest >>>= 5;
      text += BASE64[rest > 0 ? digit | 32 : digit];
    } while (rest > 0);
  }
  return text;
}

/**
 * Moves the mappings of a line that come after `column` by `delta` columns: the text there
 * moved. Columns are counted from the previous segment of the line, so only the first
 * segment after `column` changes.
 */
function shiftMappings(mappings: string, line: number, column: number, delta: number): string {
  const lines = mappings.split(';');
  const segments = (lines[line] ?? '').split(',');
  let at = 0;
  for (const [i, segment] of segments.entries()) {
    if (!segment) continue;
    const values = decodeSegment(segment);
    at += values[0]!;
    if (at >= column) {
      values[0]! += delta;
      segments[i] = encodeSegment(values);
      break;
    }
  }
  lines[line] = segments.join(',');
  return lines.join(';');
}

/** Puts the bundle's CSS into `virtual:chronik-styles` of the widget's file. */
export function shadowStyles(): Plugin {
  return {
    name: 'chronik-shadow-styles',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? `export default '${PLACEHOLDER}';` : undefined),
    generateBundle: {
      // After Vite has bundled and minified the CSS into its file.
      order: 'post',
      handler(_options, bundle) {
        const sheets = Object.values(bundle).filter(
          (file) => file.type === 'asset' && file.fileName.endsWith('.css'),
        );
        const chunks = Object.values(bundle).filter(
          (file) => file.type === 'chunk' && file.code.match(LITERAL),
        );
        if (sheets.length !== 1 || chunks.length !== 1) {
          this.error(
            `chronik-shadow-styles: expected one CSS file and one chunk importing ${ID}, found ${sheets.length} CSS files (${sheets.map((f) => f.fileName).join(', ')}) and ${chunks.length} chunks. Fix: compile the components with css: 'external' and import ${ID} only from Element.svelte.`,
          );
        }
        const [sheet] = sheets;
        const [chunk] = chunks;
        if (sheet?.type !== 'asset' || chunk?.type !== 'chunk') return;
        // Without the marker Vite leaves at the end of the file for its own hashing.
        const css = String(sheet.source)
          .replace(/\/\*\$vite\$:\d+\*\//, '')
          .trim();
        const literal = toStringLiteral(css);
        const matches = [...chunk.code.matchAll(LITERAL)];
        if (matches.length !== 1) {
          this.error(
            `chronik-shadow-styles: ${chunk.fileName} uses the styles ${matches.length} times; import ${ID} once, in Element.svelte.`,
          );
        }
        const { index, 0: found } = matches[0]!;
        // The text after the styles on their line moved: so do its source mappings, in the
        // chunk's map and in the map file the bundler has already made of it (with SOURCEMAP).
        const before = chunk.code.slice(0, index).split('\n');
        const shift = (mappings: string) =>
          shiftMappings(
            mappings,
            before.length - 1,
            before.at(-1)!.length + found.length,
            literal.length - found.length,
          );
        const map = chunk.map;
        if (map) {
          map.mappings = shift(map.mappings);
          // Assigned, not changed in place: the bundler takes only what is assigned.
          chunk.map = map;
        }
        const mapFile = bundle[chunk.sourcemapFileName ?? `${chunk.fileName}.map`];
        if (mapFile?.type === 'asset') {
          const json = JSON.parse(String(mapFile.source)) as { mappings: string };
          mapFile.source = JSON.stringify({ ...json, mappings: shift(json.mappings) });
        }
        chunk.code = chunk.code.slice(0, index) + literal + chunk.code.slice(index + found.length);
        delete bundle[sheet.fileName];
      },
    },
  };
}
