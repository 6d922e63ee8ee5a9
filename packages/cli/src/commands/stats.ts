import { getEventStats, type Completeness, toPrintable } from '@chronik/events';
import { loadDataset } from '@chronik/events/node';
import { EXIT, type CliContext } from '../io.js';

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`;
}

/** Rows of labels and values, aligned; both may come from the data, so both are escaped. */
function table(rows: [string, string | number][]): string {
  const shown = rows.map(([label, value]): [string, string] => [
    toPrintable(label),
    toPrintable(String(value)),
  ]);
  const width = Math.max(...shown.map(([label]) => label.length));
  return shown.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n');
}

function languages(name: string, c: Completeness, of: number): [string, string] {
  return [
    name,
    `de ${c.byLanguage.de}/${of} (${percent(c.byLanguage.de, of)})  en ${c.byLanguage.en}/${of} (${percent(c.byLanguage.en, of)})`,
  ];
}

/**
 * `chronik stats`: counts by category, year, precision and status, language completeness
 * and sourcing. Counts the valid events; exits 1 (after printing) if some files have problems.
 */
export async function statsCommand(
  context: CliContext,
  options: { dir: string; json: boolean },
): Promise<number> {
  const result = await loadDataset({
    dir: options.dir,
    now: context.now,
    displayRoot: context.cwd,
  });
  const stats = getEventStats(result.events, {
    categoryOrder: result.dataset?.categories.map((category) => category.id),
  });
  if (options.json) {
    context.out(`${JSON.stringify(stats, null, 2)}\n`);
  } else {
    const n = stats.events;
    const title = result.dataset
      ? toPrintable(
          `${result.dataset.info.title.en} (${result.dataset.info.id} ${result.dataset.info.version})`,
        )
      : 'Dataset';
    context.out(
      [
        `${title}: ${n} events`,
        '',
        'By category',
        table(Object.entries(stats.byCategory)),
        '',
        'By year',
        table(Object.entries(stats.byYear)),
        '',
        'By precision',
        table(Object.entries(stats.byPrecision)),
        '',
        'Language completeness',
        table([
          languages('title', stats.languages.title, n),
          languages('summary', stats.languages.summary, n),
          languages('notes', stats.languages.notes, stats.languages.notes.present),
        ]),
        `  bilingual (title and summary in de and en): ${stats.bilingual}/${n} (${percent(stats.bilingual, n)})`,
        '',
        'Sources',
        table([
          [
            'events with a source',
            `${stats.sources.eventsWithSources}/${n} (${percent(stats.sources.eventsWithSources, n)})`,
          ],
          ['sources in total', stats.sources.total],
          [
            'by language',
            Object.entries(stats.sources.byLanguage)
              .map(([lang, count]) => `${lang} ${count}`)
              .join(', '),
          ],
        ]),
        '',
        'Status',
        table([
          ...Object.entries(stats.byStatus),
          ['verified', `${stats.verified}/${n}`],
          ['approximate dates', stats.approximate],
          [
            'evidence',
            Object.entries(stats.byEvidence)
              .map(([level, count]) => `${level} ${count}`)
              .join(', '),
          ],
          ['relations', stats.relations],
        ]),
        '',
      ].join('\n'),
    );
  }
  if (result.problems.length > 0) {
    context.err(
      `! ${result.problems.length} problems: the counts leave out the files that have them (run chronik validate)\n`,
    );
    return EXIT.problems;
  }
  return EXIT.ok;
}
