import { access, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  EVENTS_FOLDER,
  getImpliedPrecision,
  parseDataset,
  toEventFileText,
  toSlug,
  type ChronikEventInput,
  type Precision,
  type Status,
} from '@chronik/events';
import { readDataFiles } from '@chronik/events/node';
import { EXIT, toPrintable, type CliContext } from '../io.js';
import { reportProblems } from '../report.js';

/** What `chronik new` is given on the command line. */
export interface NewEventOptions {
  titleDe: string;
  titleEn: string;
  date: string;
  category: string[];
  summaryDe: string;
  summaryEn: string;
  sourceUrl: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourceLang: string;
  sourcePublished?: string;
  precision?: Precision;
  end?: string;
  approximate?: boolean;
  actor?: string[];
  jurisdiction?: string[];
  importance?: 1 | 2 | 3;
  status?: Status;
  id?: string;
  dir: string;
}

/** The default id: the date followed by the English title, cut at a word near 60 characters. */
export function toEventId(date: string, title: string): string {
  let slug = `${date}-${toSlug(title)}`;
  while (slug.length > 60 && slug.includes('-', date.length + 1))
    slug = slug.slice(0, slug.lastIndexOf('-'));
  return slug;
}

/**
 * `chronik new`: builds the event, checks it together with the registries and the other
 * events, and only then writes `events/<id>.yaml`. Never overwrites an existing file.
 */
export async function newCommand(context: CliContext, options: NewEventOptions): Promise<number> {
  const id = options.id ?? toEventId(options.date, options.titleEn);
  const event: ChronikEventInput = {
    id,
    date: {
      start: options.date,
      precision: options.precision ?? getImpliedPrecision(options.date),
      ...(options.end === undefined ? {} : { end: options.end }),
      ...(options.approximate ? { approximate: true } : {}),
    },
    title: { de: options.titleDe, en: options.titleEn },
    summary: { de: options.summaryDe, en: options.summaryEn },
    categories: options.category,
    actors: options.actor ?? [],
    jurisdictions: options.jurisdiction ?? [],
    sources: [
      {
        url: options.sourceUrl,
        title: options.sourceTitle,
        publisher: options.sourcePublisher,
        ...(options.sourcePublished === undefined ? {} : { published: options.sourcePublished }),
        lang: options.sourceLang,
      },
    ],
    ...(options.importance === undefined ? {} : { importance: options.importance }),
    ...(options.status === undefined ? {} : { status: options.status }),
    changes: [
      {
        date: context.now.toISOString().slice(0, 10),
        note: { de: 'Eintrag angelegt.', en: 'Entry added.' },
      },
    ],
  };

  const path = `${EVENTS_FOLDER}/${id}.yaml`;
  const target = join(options.dir, path);
  const shown = relative(context.cwd, target);
  if (await exists(target)) {
    context.err(
      `${shown}:1:1  (file)  the file already exists (choose another id with --id, or edit the file)\n`,
    );
    return EXIT.problems;
  }

  const text = toEventFileText(event);
  const files = (await readDataFiles(options.dir)).filter((file) => file.path !== path);
  const { problems } = parseDataset({
    files: [...files, { path, contents: text }],
    now: context.now,
  });
  const own = problems
    .filter((problem) => problem.file === path)
    .map((problem) => ({ ...problem, file: shown }));
  if (own.length > 0) {
    reportProblems(context, own);
    context.err('Nothing was written; correct the options above and run the command again.\n');
    return EXIT.problems;
  }
  await writeFile(target, text, { flag: 'wx' });
  context.out(`✓ wrote ${toPrintable(shown)}\n`);
  return EXIT.ok;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
