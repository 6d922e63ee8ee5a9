/**
 * What Chronik's Markdown texts (summaries, notes) may not contain: images and raw HTML,
 * which would load from third parties or run in every reader's browser, and links to
 * anything but a web page.
 *
 * @module
 */
import { parse, postprocess, preprocess } from 'micromark';
import { truncate } from '../problem.js';
import { findHttpUrlProblem, type RuleFailure } from './rules.js';

/** Markdown's reference labels match case-insensitively, whatever their inner spacing. */
function normalizeLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .trim()
    .toLowerCase()
    .toUpperCase();
}

function findLinkProblem(address: string): RuleFailure | undefined {
  const shown = truncate(address);
  // A character reference can spell a scheme (`&#106;avascript:`) that a reader of the file
  // does not see; only an address that starts with http(s):// as written is safe from that.
  if (address.includes('&') && !/^https?:\/\//i.test(address)) {
    return {
      message: `links to "${shown}", an address written with character references (&…;)`,
      fix: 'write the address plainly, starting with https://',
    };
  }
  const found = findHttpUrlProblem(address);
  return found && { message: `links to "${shown}", ${found.problem}`, fix: found.fix };
}

/**
 * Everything in a Markdown text that a reader's browser would load or run, or that leads
 * anywhere but to a web page: images (inline and by reference), raw HTML (tags, comments,
 * processing instructions, CDATA) and links or autolinks whose address is not an absolute
 * http(s) URL. The text is read by the renderer's Markdown reader (micromark, CommonMark),
 * so that nothing escapes the check by being written in an unusual way.
 *
 * @returns one failure per thing found, in the order of the text; empty when all is well
 * @example
 * findMarkdownProblems('See ![](https://tracker.example/p.gif)')
 * // [{ message: 'contains an image, "![](https://tracker.example/p.gif)": …', fix: 'link to the image instead: [description](https://tracker.example/p.gif)' }]
 */
export function findMarkdownProblems(markdown: string): RuleFailure[] {
  // Every construct looked for starts with "<" (HTML, autolinks) or "[" (links, images,
  // definitions): most texts have neither and need no reading.
  if (!markdown.includes('<') && !markdown.includes('[')) return [];
  const events = postprocess(
    parse()
      .document()
      .write(preprocess()(markdown, undefined, true)),
  );

  // Reference definitions may come after the images that use them.
  const definitions = new Map<string, string>();
  let label = '';
  for (const [kind, token, context] of events) {
    if (kind !== 'enter') continue;
    if (token.type === 'definitionLabelString') label = context.sliceSerialize(token);
    if (token.type === 'definitionDestinationString')
      definitions.set(normalizeLabel(label), context.sliceSerialize(token));
  }

  const failures: RuleFailure[] = [];
  const add = (failure: RuleFailure | undefined) => {
    if (failure && !failures.some((known) => known.message === failure.message))
      failures.push(failure);
  };
  // Inside an image: its own address is reported with the image, not as a link.
  const image: { source: string; label: string; reference?: string; address?: string }[] = [];
  for (const [kind, token, context] of events) {
    const current = image.at(-1);
    if (kind === 'exit') {
      if (token.type === 'image' && current) {
        image.pop();
        const address =
          current.address ??
          definitions.get(normalizeLabel(current.reference ?? current.label)) ??
          'https://…';
        add({
          message: `contains an image, "${truncate(current.source)}": images are not allowed, since every reader's browser would fetch them from that server`,
          fix: `link to the image instead: [description](${truncate(address)})`,
        });
      }
      continue;
    }
    switch (token.type) {
      case 'image':
        image.push({ source: context.sliceSerialize(token), label: '' });
        break;
      case 'labelText':
        if (current && !current.label) current.label = context.sliceSerialize(token);
        break;
      case 'referenceString':
        if (current && current.reference === undefined)
          current.reference = context.sliceSerialize(token);
        break;
      case 'resourceDestinationString':
        if (current) current.address ??= context.sliceSerialize(token);
        else add(findLinkProblem(context.sliceSerialize(token)));
        break;
      case 'definitionDestinationString':
        add(findLinkProblem(context.sliceSerialize(token)));
        break;
      case 'autolinkProtocol':
        add(findLinkProblem(context.sliceSerialize(token)));
        break;
      case 'autolinkEmail':
        add({
          message: `links to the e-mail address ${truncate(context.sliceSerialize(token))}; only http(s) links are allowed`,
          fix: 'link the public web page with its full address, starting with https://',
        });
        break;
      case 'htmlFlow':
      case 'htmlText': {
        const html = context.sliceSerialize(token).trim();
        add(
          html.startsWith('<!--')
            ? {
                message: `contains an HTML comment, "${truncate(html)}"`,
                fix: 'write the text without HTML: delete the comment, or move what it says to the text',
              }
            : {
                message: `contains raw HTML, "${truncate(html)}"`,
                fix: 'write the text without HTML; use Markdown for emphasis (*text*, **text**) and links ([text](https://…))',
              },
        );
        break;
      }
    }
  }
  return failures;
}
