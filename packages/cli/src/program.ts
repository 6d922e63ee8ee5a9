import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isAbsolute, resolve } from 'node:path';
import { isPartialDate, LANGUAGES, PRECISIONS, STATUSES, type Language } from '@chronik/events';
import { DEFAULT_DATA_DIR } from '@chronik/events/node';
import { EXPORT_FORMATS, exportCommand, type ExportOptions } from './commands/export.js';
import { IMPORT_FORMATS, importCommand, type ImportOptions } from './commands/import.js';
import { newCommand } from './commands/new.js';
import { statsCommand } from './commands/stats.js';
import { validateCommand } from './commands/validate.js';
import { EXIT, toTerminalContext, type CliContext } from './io.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function date(value: string): string {
  if (!isPartialDate(value)) {
    throw new InvalidArgumentError(`"${value}" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  return value;
}

function importance(value: string): 1 | 2 | 3 {
  if (value !== '1' && value !== '2' && value !== '3') {
    throw new InvalidArgumentError('use 1 (landmark), 2 (notable) or 3 (detail)');
  }
  return Number(value) as 1 | 2 | 3;
}

/**
 * Builds the `chronik` program. Output goes through `context`, and commander never exits the
 * process, so the whole CLI runs inside tests. What goes to `context.err` is shown with its
 * control characters escaped (see `toPrintable`); `context.out` gets exported data exactly.
 */
export function createProgram(
  outerContext: CliContext,
  setExitCode: (code: number) => void,
): Command {
  const context = toTerminalContext(outerContext);
  const dataDir = (dir: string | undefined) =>
    dir === undefined ? DEFAULT_DATA_DIR : isAbsolute(dir) ? dir : resolve(context.cwd, dir);

  const program = new Command('chronik')
    .description('Check, create, import, export and count Chronik event data.')
    .showHelpAfterError('(run chronik --help for usage)')
    .configureOutput({ writeOut: context.out, writeErr: context.err })
    .exitOverride();

  program
    .command('validate')
    .description(
      'check every file of a data directory; print all problems as path:line:col  field  message (fix)',
    )
    .argument('[dir]', 'data directory: dataset.yaml, the registries and events/', undefined)
    .action(async (dir: string | undefined) => {
      setExitCode(await validateCommand(context, { dir: dataDir(dir) }));
    });

  program
    .command('new')
    .description('write a new, valid event file to events/<id>.yaml (never overwrites)')
    .requiredOption('--title-de <text>', 'German title')
    .requiredOption('--title-en <text>', 'English title')
    .requiredOption('--date <date>', 'start date: YYYY, YYYY-MM or YYYY-MM-DD', date)
    .requiredOption('--category <id>', 'category id (repeat for several)', collect)
    .requiredOption('--summary-de <text>', 'German summary, two to four sentences')
    .requiredOption('--summary-en <text>', 'English summary, two to four sentences')
    .requiredOption('--source-url <url>', 'URL of the source that documents the event')
    .requiredOption('--source-title <text>', 'headline of the source')
    .requiredOption('--source-publisher <name>', 'who published the source')
    .requiredOption('--source-lang <code>', 'language of the source, e.g. de or en')
    .option('--source-published <date>', 'publication date of the source', date)
    .addOption(
      new Option(
        '--precision <precision>',
        'how precisely the date is known (default: from the date)',
      ).choices(PRECISIONS),
    )
    .option('--end <date>', 'end date for events that span time', date)
    .option('--approximate', 'the date is only approximately known')
    .option('--actor <id>', 'actor id (repeat for several)', collect)
    .option('--jurisdiction <code>', 'jurisdiction code (repeat for several)', collect)
    .option('--importance <level>', '1 landmark, 2 notable, 3 detail', importance)
    .addOption(new Option('--status <status>', 'happened or scheduled').choices(STATUSES))
    .option('--id <id>', 'event id and file name (default: date and English title)')
    .option('--dir <dir>', 'data directory')
    .action(async (options: Parameters<typeof newCommand>[1] & { dir?: string }) => {
      setExitCode(await newCommand(context, { ...options, dir: dataDir(options.dir) }));
    });

  program
    .command('export')
    .description(
      "write the events, sorted, as one JSON document with a dataset header, as CSV, as a feed, calendar or TimelineJS document, or as citations (csl, bibtex, ris: the dataset, then each event); all of them, or a view's",
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(EXPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--schema-url <url>', 'URL of the export JSON Schema to name in the header (json)')
    .addOption(
      new Option('--lang <lang>', 'language of a feed, calendar, TimelineJS document or citation')
        .choices(LANGUAGES)
        .default('de'),
    )
    .option(
      '--site-url <url>',
      'address of the site the links of a feed, calendar, TimelineJS document or citation point to (default: $SITE_URL, else http://localhost:4173)',
    )
    .option(
      '--view <query>',
      "a view as the site's addresses write it, e.g. 'category=security&from=2024'",
    )
    .option('--category <id>', 'only events in this category (repeat for several)', collect)
    .option('--storyline <id>', 'only events in this storyline (repeat for several)', collect)
    .option('--from <date>', 'only events from this date on (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'only events up to this date')
    .option('--dir <dir>', 'data directory')
    .action(
      async (options: {
        format: ExportOptions['format'];
        out?: string;
        schemaUrl?: string;
        lang: Language;
        siteUrl?: string;
        view?: string;
        category?: string[];
        storyline?: string[];
        from?: string;
        to?: string;
        dir?: string;
      }) => {
        // The options stand for parameters of the view grammar, which checks them all alike.
        const view: [string, string][] = [
          ...new URLSearchParams(options.view ?? ''),
          ...(options.category ?? []).map((id): [string, string] => ['categories', id]),
          ...(options.storyline ?? []).map((id): [string, string] => ['storylines', id]),
          ...(options.from === undefined ? [] : [['from', options.from] as [string, string]]),
          ...(options.to === undefined ? [] : [['to', options.to] as [string, string]]),
        ];
        const siteUrl = options.siteUrl ?? process.env.SITE_URL;
        setExitCode(
          await exportCommand(context, {
            format: options.format,
            view,
            lang: options.lang,
            ...(siteUrl ? { siteUrl } : {}),
            ...(options.schemaUrl === undefined ? {} : { schemaUrl: options.schemaUrl }),
            dir: dataDir(options.dir),
            ...(options.out === undefined ? {} : { out: resolve(context.cwd, options.out) }),
          }),
        );
      },
    );

  program
    .command('import')
    .description(
      'turn the rows of a file into event files, after checking every row; writes nothing if one fails',
    )
    .addOption(
      new Option(
        '--from <format>',
        "the format of the file: csv or json as chronik export writes them, or timelinejs (a TimelineJS 3 JSON document, or its Google Sheets template downloaded as CSV: told apart by the file's ending, .json or .csv, else by its content)",
      )
        .choices(IMPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option(
        '--lang <lang>',
        "timelinejs only, required: the language the file is written in; TimelineJS files have one, so its text fills both of an event's languages, and the other language's copy is to be translated",
      ).choices(LANGUAGES),
    )
    .option(
      '--category <id>',
      'timelinejs only: the category (id or label) of slides without a group; without it such a slide is a problem, as every event needs a category',
    )
    .argument('<file>', 'the file to import')
    .option('--dry-run', 'check and list what would be written, but write nothing')
    .option('--force', 'replace events that exist already')
    .option('--dir <dir>', 'data directory')
    .action(
      async (
        file: string,
        options: {
          from: ImportOptions['from'];
          lang?: Language;
          category?: string;
          dryRun?: boolean;
          force?: boolean;
          dir?: string;
        },
      ) => {
        setExitCode(
          await importCommand(context, {
            from: options.from,
            file: resolve(context.cwd, file),
            dir: dataDir(options.dir),
            dryRun: options.dryRun === true,
            force: options.force === true,
            ...(options.lang === undefined ? {} : { lang: options.lang }),
            ...(options.category === undefined ? {} : { category: options.category }),
          }),
        );
      },
    );

  program
    .command('stats')
    .description(
      'count events by category, year and precision; report language and source completeness',
    )
    .option('--json', 'print the counts as JSON')
    .option('--dir <dir>', 'data directory')
    .action(async (options: { json?: boolean; dir?: string }) => {
      setExitCode(
        await statsCommand(context, { json: options.json === true, dir: dataDir(options.dir) }),
      );
    });

  return program;
}

/**
 * Runs the CLI with the given arguments (without `node` and the script path) and returns
 * the exit code: 0 ok, 1 problems in the data or a refused action, 2 wrong usage.
 */
export async function run(
  argv: readonly string[],
  context: CliContext = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.env.INIT_CWD ?? process.cwd(),
    now: new Date(),
  },
): Promise<number> {
  let code: number = EXIT.ok;
  const program = createProgram(context, (value) => {
    code = value;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander rejects is wrong usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // The message may quote data (a path, a value): escaped like every other message.
    toTerminalContext(context).err(
      `chronik: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT.problems;
  }
}
