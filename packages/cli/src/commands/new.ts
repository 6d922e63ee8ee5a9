import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import {
  EVENTS_FOLDER,
  REGISTRY_FILES,
  getImpliedPrecision,
  parseDataset,
  toEventFileText,
  toSlug,
  type ChronikEventInput,
  type DataFile,
  type Precision,
  type Status,
  toPrintable,
} from '@chronik/events';
import { readDataFiles } from '@chronik/events/node';
import { EXIT, type CliContext } from '../io.js';
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
 * events, and only then writes `events/<id>.yaml`. Never overwrites an existing file. In a
 * data directory without `events/` yet (one whose first event this is), creates the folder;
 * in a folder without `dataset.yaml` and `events/`, which is no data directory, writes nothing.
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
  const dir = relative(context.cwd, options.dir) || '.';
  let directory: DataFile[];
  try {
    directory = await readDataFiles(options.dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    context.err(
      `chronik new: the data directory ${dir} does not exist; pass --dir with the folder that holds ${REGISTRY_FILES.info} and ${EVENTS_FOLDER}/\n`,
    );
    return EXIT.problems;
  }
  if (
    !(await exists(join(options.dir, EVENTS_FOLDER))) &&
    !directory.some((file) => file.path === REGISTRY_FILES.info)
  ) {
    context.err(
      `chronik new: ${dir} has neither ${REGISTRY_FILES.info} nor ${EVENTS_FOLDER}/, so it is not a data directory; pass --dir with the folder that holds them, or start a new one as a copy of packages/events/data\n`,
    );
    return EXIT.problems;
  }
  if (await exists(target)) {
    context.err(
      `${shown}:1:1  (file)  the file already exists (choose another id with --id, or edit the file)\n`,
    );
    return EXIT.problems;
  }

  const text = toEventFileText(event);
  const files = directory.filter((file) => file.path !== path);
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
  // The first event of a new data directory creates its events/ folder.
  await mkdir(dirname(target), { recursive: true });
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
