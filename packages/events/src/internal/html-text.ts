/**
 * HTML written by other tools (TimelineJS slides) read as Chronik's text: Markdown for
 * summaries and notes, plain text for titles, and the page's http(s) links. Markup never
 * passes through: the HTML is parsed (parse5, as browsers parse it) and only text, emphasis,
 * lists, quotes, code and http(s) links are kept. Scripts, styles, comments, media, event
 * handlers and links to anything but http(s) are dropped; raw HTML in the text comes out
 * escaped as Markdown text.
 *
 * @module
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type {
  BlockContent,
  Nodes as MdastNodes,
  PhrasingContent,
  Root as MdastRoot,
  RootContent as MdastContent,
} from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';

/** A parsed piece of HTML (a fragment, as in an element's `innerHTML`). */
export type HtmlFragment = HastRoot;

/** A node of a parsed fragment. */
export type HtmlNode = RootContent;

/**
 * Elements whose content is not text a reader sees (or not text at all): left out of titles,
 * texts and links. hast-util-to-mdast drops most of them itself; the list is ours so that the
 * plain text of a title drops the same.
 */
const HIDDEN = new Set([
  'audio',
  'canvas',
  'embed',
  'iframe',
  'img',
  'map',
  'math',
  'noscript',
  'object',
  'picture',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
]);

/** Parses HTML as the content of an element; never throws (HTML has no syntax errors). */
export function parseHtmlFragment(html: string): HtmlFragment {
  return fromHtml(html, { fragment: true });
}

/** True for an absolute `http:` or `https:` URL, the only links Chronik keeps. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value.trim())) return false;
  return URL.canParse(value.trim());
}

/** True when a node is an element of one of the given names. */
export function isElement(node: HtmlNode | ElementContent, ...names: string[]): node is Element {
  return node.type === 'element' && (names.length === 0 || names.includes(node.tagName));
}

/**
 * The text of nodes as a reader sees it, on one line: hidden elements left out, line breaks
 * and runs of white space turned into one space.
 */
export function toPlainText(nodes: readonly (HtmlNode | ElementContent)[]): string {
  let text = '';
  const walk = (node: HtmlNode | ElementContent) => {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element') {
      if (HIDDEN.has(node.tagName)) return;
      if (node.tagName === 'br') text += ' ';
      else node.children.forEach(walk);
      // Blocks end a word even where the HTML has no space between them ("<p>a</p><p>b</p>").
      if (!isPhrasing(node.tagName)) text += ' ';
    }
  };
  nodes.forEach(walk);
  return text.replace(/\s+/g, ' ').trim();
}

const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

function isPhrasing(tagName: string): boolean {
  return PHRASING.has(tagName);
}

/** A link found in HTML: its address and its text. */
export interface HtmlLink {
  url: string;
  text: string;
}

/** The http(s) links of nodes, in document order (hidden elements left out). */
export function getHttpLinks(nodes: readonly (HtmlNode | ElementContent)[]): HtmlLink[] {
  const links: HtmlLink[] = [];
  const walk = (node: HtmlNode | ElementContent) => {
    if (node.type !== 'element' || HIDDEN.has(node.tagName)) return;
    const href = node.tagName === 'a' ? node.properties.href : undefined;
    if (typeof href === 'string' && isHttpUrl(href)) {
      links.push({ url: href.trim(), text: toPlainText(node.children) });
    }
    node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return links;
}

/**
 * Nodes of HTML as CommonMark, the Markdown of Chronik's summaries and notes: paragraphs,
 * emphasis, lists, quotes, code and http(s) links (written as `[text](url)`). Headings
 * become paragraphs (a summary is running text), a table one paragraph per row; images,
 * media, comments and raw HTML are dropped, links to anything but http(s) keep only their
 * text.
 *
 * @example
 * toMarkdownText(parseHtmlFragment('<p>A <b>b</b></p><script>x()</script>').children) // 'A **b**'
 */
export function toMarkdownText(nodes: readonly HtmlNode[]): string {
  const root: HastRoot = {
    type: 'root',
    children: nodes.filter((node) => !(node.type === 'element' && HIDDEN.has(node.tagName))),
  };
  const mdast = toMdast(root) as MdastRoot;
  const children = toFlow(mdast.children);
  if (children.length === 0) return '';
  return toMarkdown({ type: 'root', children }, { bullet: '-', resourceLink: true }).trim();
}

/** Flow (block) content kept as CommonMark; anything else rewritten or dropped. */
function toFlow(nodes: readonly MdastNodes[]): MdastContent[] {
  const out: MdastContent[] = [];
  let loose: PhrasingContent[] = [];
  const flush = () => {
    if (loose.some((node) => node.type !== 'text' || node.value.trim() !== '')) {
      out.push({ type: 'paragraph', children: loose });
    }
    loose = [];
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        flush();
        const children = toPhrasing(node.children);
        if (children.length > 0) out.push({ type: 'paragraph', children });
        break;
      }
      case 'blockquote':
        flush();
        out.push({ type: 'blockquote', children: toFlow(node.children) as BlockContent[] });
        break;
      case 'list':
        flush();
        out.push({
          type: 'list',
          ordered: node.ordered ?? false,
          spread: false,
          ...(node.ordered && typeof node.start === 'number' ? { start: node.start } : {}),
          children: node.children.map((item) => ({
            type: 'listItem',
            spread: false,
            children: toFlow(item.children) as BlockContent[],
          })),
        });
        break;
      case 'code':
        flush();
        out.push({ type: 'code', value: node.value });
        break;
      case 'thematicBreak':
        flush();
        out.push(node);
        break;
      case 'table':
        flush();
        for (const row of node.children) {
          const cells = row.children
            .map((cell) => toPhrasing(cell.children))
            .filter((cell) => cell.length > 0);
          const children = cells.flatMap((cell, i) =>
            i === 0 ? cell : [{ type: 'text' as const, value: ' | ' }, ...cell],
          );
          if (children.length > 0) out.push({ type: 'paragraph', children });
        }
        break;
      default:
        if (isPhrasingNode(node)) loose.push(...toPhrasing([node]));
        else if ('children' in node) {
          flush();
          out.push(...toFlow(node.children));
        }
      // `html` (comments, raw markup), `definition`, `yaml` and the like: dropped.
    }
  }
  flush();
  return out;
}

const PHRASING_TYPES = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'html',
]);

function isPhrasingNode(node: MdastNodes): node is PhrasingContent {
  return PHRASING_TYPES.has(node.type);
}

/** Phrasing content kept as CommonMark; links only to http(s), no images, no raw HTML. */
function toPhrasing(nodes: readonly MdastNodes[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'break':
        out.push(node);
        break;
      case 'emphasis':
      case 'strong': {
        const children = toPhrasing(node.children);
        if (children.length > 0) out.push({ type: node.type, children });
        break;
      }
      case 'link': {
        const children = toPhrasing(node.children);
        if (isHttpUrl(node.url) && children.length > 0) {
          out.push({ type: 'link', url: node.url.trim(), children });
        } else out.push(...children);
        break;
      }
      case 'html':
      case 'image':
      case 'imageReference':
        break;
      default:
        // `delete` (GFM strikethrough, not CommonMark) and anything else with text: its text.
        if ('children' in node) out.push(...toPhrasing(node.children));
        else if ('value' in node && typeof node.value === 'string') {
          out.push({ type: 'text', value: node.value });
        }
    }
  }
  return out;
}
