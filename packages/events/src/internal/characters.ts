/**
 * Characters that text in a data file must not hold, or not only: control characters (which
 * corrupt terminals, feeds and CSV files, and hide in copied text) and invisible ones (which
 * make a text look written when nothing shows).
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
 * The first control character in `text`, if any. With `lineBreaks: true`, tab (U+0009) and
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
    if (!isControl(codePoint)) continue;
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
  return {
    message: `contains the control character ${toControlLabel(found.codePoint)} ${at}`,
    fix: 'delete it: it does not belong in text, and often comes from copying out of a terminal, a PDF or another program',
  };
}
