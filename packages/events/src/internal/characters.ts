/**
 * Characters that text in a data file must not hold, or not only: control characters (which
 * corrupt terminals, feeds and CSV files, and hide in copied text), bidi controls (which show
 * text in another order than it is written) and invisible ones (which make a text look
 * written when nothing shows).
 *
 * @module
 */

/** A character found in a text, by its place (1-based, in characters) and code point. */
export interface FoundCharacter {
  /** 1-based position in the text, counted in characters (code points). */
  position: number;
  codePoint: number;
}

const CONTROL_NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'BS, backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'CR, carriage return',
  0x1b: 'ESC',
  0x7f: 'DEL',
  0x85: 'NEL, next line',
};

/** `U+001B`: a code point as Unicode writes it. */
export function toCodePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `U+001B (ESC)`: a control character's code point and, where it has a common one, name. */
function toControlLabel(codePoint: number): string {
  const name = CONTROL_NAMES[codePoint];
  return name ? `${toCodePointLabel(codePoint)} (${name})` : toCodePointLabel(codePoint);
}

/**
 * Whether a code point is a control character: C0 (U+0000–U+001F), DEL (U+007F) or C1
 * (U+0080–U+009F). Tab and line feed are control characters too; callers decide where
 * they are allowed.
 */
export function isControl(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
}

/**
 * Whether a code point is not a character at all: a noncharacter (U+FDD0–U+FDEF and the last
 * two of every plane, U+FFFE, U+FFFF, U+1FFFE …) or half of a surrogate pair left alone
 * (YAML's `"\uD800"` writes one). XML forbids them, so one in a title would make the whole
 * Atom feed unreadable; they mean nothing in text anyway.
 */
function isNotCharacter(codePoint: number): boolean {
  return (
    (codePoint >= 0xd800 && codePoint <= 0xdfff) ||
    (codePoint >= 0xfdd0 && codePoint <= 0xfdef) ||
    (codePoint & 0xfffe) === 0xfffe
  );
}

/**
 * The first control character (or code point that is no character, see
 * {@link isNotCharacter}) in `text`, if any. With `lineBreaks: true`, tab (U+0009) and
 * line feed (U+000A) are allowed, as Markdown needs them; carriage return never is: YAML
 * turns every line break of a file into a line feed, so a CR in a value was written on purpose.
 */
export function findControlCharacter(
  text: string,
  options: { lineBreaks?: boolean } = {},
): FoundCharacter | undefined {
  let position = 0;
  for (const character of text) {
    position++;
    const codePoint = character.codePointAt(0)!;
    if (!isControl(codePoint) && !isNotCharacter(codePoint)) continue;
    if (options.lineBreaks && (codePoint === 0x09 || codePoint === 0x0a)) continue;
    return { position, codePoint };
  }
  return undefined;
}

// Characters that show as nothing: spaces, default-ignorable code points (zero-width space,
// joiners, word joiner, soft hyphen, byte-order mark, variation selectors, Hangul fillers …)
// and the blank Braille pattern, which fonts draw empty.
const INVISIBLE = /^[\s\p{Default_Ignorable_Code_Point}\u2800]$/u;

/**
 * The invisible characters of a text that holds nothing else (spaces aside), or `undefined`
 * when something in it shows. An empty text has nothing invisible either: it is just empty.
 *
 * @example
 * findOnlyInvisible('\u200B \u200D') // [0x200b, 0x200d]
 * findOnlyInvisible('a\u200B') // undefined
 */
export function findOnlyInvisible(text: string): number[] | undefined {
  const found = new Set<number>();
  for (const character of text) {
    if (!INVISIBLE.test(character)) return undefined;
    if (!/\s/.test(character)) found.add(character.codePointAt(0)!);
  }
  return found.size > 0 ? [...found] : undefined;
}

/**
 * What to say about a control character found in a text: where it is, which it is, and how
 * to write the text without it.
 */
export function describeControlCharacter(found: FoundCharacter): { message: string; fix: string } {
  const at = `at character ${found.position}`;
  if (found.codePoint === 0x09)
    return { message: `contains a tab (U+0009) ${at}`, fix: 'replace it with a space' };
  if (found.codePoint === 0x0a)
    return {
      message: `contains a line break (U+000A) ${at}`,
      fix: 'write the text on one line',
    };
  if (isNotCharacter(found.codePoint)) {
    return {
      message: `contains ${toCodePointLabel(found.codePoint)} ${at}, which is not a character`,
      fix: 'delete it: it shows as nothing or as a box, and feed readers refuse a feed that holds it',
    };
  }
  return {
    message: `contains the control character ${toControlLabel(found.codePoint)} ${at}`,
    fix: 'delete it: it does not belong in text, and often comes from copying out of a terminal, a PDF or another program',
  };
}

const BIDI_NAMES: Record<number, string> = {
  0x202a: 'LRE, left-to-right embedding',
  0x202b: 'RLE, right-to-left embedding',
  0x202c: 'PDF, pop directional formatting',
  0x202d: 'LRO, left-to-right override',
  0x202e: 'RLO, right-to-left override',
  0x2066: 'LRI, left-to-right isolate',
  0x2067: 'RLI, right-to-left isolate',
  0x2068: 'FSI, first strong isolate',
  0x2069: 'PDI, pop directional isolate',
};

/**
 * Whether a code point is a bidi control that opens or closes a run of reordered text: the
 * embeddings and overrides U+202A–U+202E and the isolates U+2066–U+2069. The marks (LRM,
 * RLM, ALM) are not: they stand for one letter of a direction and reorder nothing beyond it.
 */
export function isBidiControl(codePoint: number): boolean {
  return (
    (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}

/** A bidi control found in a text, and why it is refused there. */
export interface FoundBidiControl extends FoundCharacter {
  /**
   * `control`: no bidi control is allowed here (an id, a code, a date, an address);
   * `override`: an embedding or override, refused in any text; `unclosed`: an isolate not
   * closed on its line; `unopened`: a PDI with no isolate open.
   */
  reason: 'control' | 'override' | 'unclosed' | 'unopened';
}

/**
 * The first bidi control that `text` must not hold, if any (see {@link isBidiControl}).
 *
 * Without `isolates`, every one is refused: in an id, a code, a date or an address it can
 * only make two different values look alike ("Trojan Source", CVE-2021-42574).
 *
 * With `isolates: true`, for free text: embeddings and overrides (U+202A–U+202E) are still
 * refused, as an override shows letters in another order than search, feeds and diffs read
 * them, and Unicode has recommended isolates instead of embeddings since 6.3 (UAX #9). The
 * isolates (U+2066–U+2068, closed by U+2069) are allowed when each is closed on its own
 * line: they are how a right-to-left name (an Arabic or Hebrew source title) is set inside
 * left-to-right text, and a closed isolate cannot reorder anything outside it. An unclosed one
 * would reorder whatever follows the text on the page, in the terminal or the CSV row.
 *
 * @example
 * findBidiControl('ab\u202Ec') // { position: 3, codePoint: 0x202e, reason: 'control' }
 * findBidiControl('Titel \u2067عنوان\u2069', { isolates: true }) // undefined
 */
export function findBidiControl(
  text: string,
  options: { isolates?: boolean } = {},
): FoundBidiControl | undefined {
  let position = 0;
  // The isolates open on the current line, innermost last.
  const open: FoundCharacter[] = [];
  for (const character of text) {
    position++;
    const codePoint = character.codePointAt(0)!;
    if (codePoint === 0x0a) {
      // A line break is a paragraph break for the bidi algorithm, and ends every isolate.
      if (open.length > 0) return { ...open[0]!, reason: 'unclosed' };
      continue;
    }
    if (!isBidiControl(codePoint)) continue;
    if (!options.isolates) return { position, codePoint, reason: 'control' };
    if (codePoint <= 0x202e) return { position, codePoint, reason: 'override' };
    if (codePoint !== 0x2069) open.push({ position, codePoint });
    else if (open.pop() === undefined) return { position, codePoint, reason: 'unopened' };
  }
  return open.length > 0 ? { ...open[0]!, reason: 'unclosed' } : undefined;
}

/** What to say about a bidi control found by {@link findBidiControl}, and how to fix it. */
export function describeBidiControl(found: FoundBidiControl): { message: string; fix: string } {
  const label = `${toCodePointLabel(found.codePoint)} (${BIDI_NAMES[found.codePoint] ?? 'bidi control'})`;
  const at = `at character ${found.position}`;
  switch (found.reason) {
    case 'unclosed':
      return {
        message: `contains the bidi isolate ${label} ${at}, which is not closed on its line`,
        fix: 'close it with U+2069 (PDI) where the right-to-left (or left-to-right) part ends, or delete it',
      };
    case 'unopened':
      return {
        message: `contains ${label} ${at}, which closes no isolate`,
        fix: 'delete it, or open the isolate before it with U+2066, U+2067 or U+2068',
      };
    case 'override':
      return {
        message: `contains the bidi control ${label} ${at}, which shows the text in another order than it is written`,
        fix: 'delete it; to set a right-to-left name inside the text, put it between U+2067 (RLI) and U+2069 (PDI)',
      };
    case 'control':
      return {
        message: `contains the bidi control ${label} ${at}, which shows the value in another order than it is written`,
        fix: 'delete it: it does not belong in an id, a code, a date or an address, and often comes from copying',
      };
  }
}
