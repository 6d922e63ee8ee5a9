/**
 * `@chronik/events/synthetic`: seeded, made-up datasets of any size in Chronik's own format,
 * for tests and benchmarks that must show how the site and the widget behave with thousands
 * of events. The files pass every check of `parseDataset`, spread over the years with every
 * precision, ranges, approximate and unconfirmed dates, every category, links and notes.
 * The texts are obviously invented; nothing here is a fact.
 *
 * @packageDocumentation
 */
import { stringify } from 'yaml';
import type { DataFile } from './dataset.js';
import { toEventFileText } from './event-file.js';
import type { ChronikEventInput, LocalizedText } from './schema.js';
import { RELATION_TYPES, SHAPES } from './vocabulary.js';

/** What to generate. */
export interface SyntheticDatasetOptions {
  /** Number of events. */
  count: number;
  /** The same seed always gives the same files. @default 1 */
  seed?: number;
  /** The first year events fall in. @default 2011 */
  startYear?: number;
  /** How many years the events spread over. @default 15 */
  years?: number;
}

/** A small, fast, seeded random number generator (mulberry32): the same seed, the same run. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const CATEGORY_COLOURS = [
  ['#0072B2', '#4EA8E0'],
  ['#C25400', '#F07A2A'],
  ['#A66F00', '#E69F00'],
  ['#00855F', '#2BC29A'],
  ['#B0548A', '#E08FC0'],
  ['#2F7FAF', '#7CC4EE'],
] as const;

const CATEGORY_NAMES: readonly LocalizedText[] = [
  { de: 'Verwaltung', en: 'Administration' },
  { de: 'Sicherheit', en: 'Security' },
  { de: 'Haushalt', en: 'Budget' },
  { de: 'Offene Software', en: 'Open software' },
  { de: 'Parlament', en: 'Parliament' },
  { de: 'Gerichte', en: 'Courts' },
];

const BODIES: readonly LocalizedText[] = [
  { de: 'Landesamt', en: 'State Office' },
  { de: 'Ministerium', en: 'Ministry' },
  { de: 'Aufsichtsbehörde', en: 'Supervisory Authority' },
  { de: 'Rechenzentrum', en: 'Data Centre' },
  { de: 'Rechnungshof', en: 'Court of Audit' },
  { de: 'Stadtrat', en: 'City Council' },
];

const PLACES = ['Nordmark', 'Südtal', 'Westhafen', 'Ostfeld', 'Mittelberg', 'Seeland'];

const TOPICS: readonly LocalizedText[] = [
  { de: 'die Cloud-Strategie', en: 'the cloud strategy' },
  { de: 'einen Datenschutzbericht', en: 'a data protection report' },
  { de: 'eine Ausschreibung für Bürosoftware', en: 'a tender for office software' },
  { de: 'ein Sicherheitsgutachten', en: 'a security assessment' },
  { de: 'den Umstieg auf offene Software', en: 'the move to open software' },
  { de: 'einen Rahmenvertrag', en: 'a framework contract' },
  { de: 'eine Richtlinie zur Datenübermittlung', en: 'a guideline on data transfers' },
  { de: 'den Jahresbericht', en: 'the annual report' },
];

const VERBS: readonly LocalizedText[] = [
  { de: 'veröffentlicht', en: 'publishes' },
  { de: 'beschließt', en: 'adopts' },
  { de: 'prüft', en: 'reviews' },
  { de: 'kündigt', en: 'announces' },
  { de: 'stoppt', en: 'halts' },
];

const PUBLISHERS = ['Beispiel-Zeitung', 'Example Times', 'Amtsblatt Nordmark', 'Fachdienst IT'];

const PRECISION_WEIGHTS = [
  ['day', 0.55],
  ['month', 0.2],
  ['quarter', 0.08],
  ['season', 0.07],
  ['year', 0.1],
] as const;

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A made-up dataset as the files of a data directory (`dataset.yaml`, the registries and
 * `events/<id>.yaml`), ready for `parseDataset` or to be written to disk for a site build
 * with `CHRONIK_DATA_DIR`. Pure and deterministic: no clock, the same options give the same
 * bytes.
 *
 * @example
 * const files = createSyntheticDataset({ count: 2000, seed: 7 });
 */
export function createSyntheticDataset(options: SyntheticDatasetOptions): DataFile[] {
  const { count, seed = 1, startYear = 2011, years = 15 } = options;
  if (!Number.isInteger(count) || count < 0) {
    throw new TypeError(
      `createSyntheticDataset: count is ${count}; pass a whole number of events, e.g. 1000`,
    );
  }
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;

  const categories = CATEGORY_NAMES.map((label, i) => ({
    id: `category-${i + 1}`,
    label,
    description: {
      de: `Ereignisse der Art „${label.de}“.`,
      en: `Events of the kind "${label.en}".`,
    },
    color: CATEGORY_COLOURS[i]![0],
    colorDark: CATEGORY_COLOURS[i]![1],
    shape: SHAPES[i]!,
  }));
  const actors = BODIES.flatMap((body, b) =>
    PLACES.map((place, p) => ({
      id: `actor-${b * PLACES.length + p + 1}`,
      name: { de: `${body.de} ${place}`, en: `${body.en} ${place}` },
      kind: 'authority',
    })),
  );
  const jurisdictions = PLACES.map((place, i) => ({
    id: `XA-${i + 1}`,
    name: { de: place, en: place },
  }));
  const threads = TOPICS.map((topic, i) => ({
    id: `storyline-${i + 1}`,
    label: { de: `Strang ${i + 1}`, en: `Storyline ${i + 1}` },
    description: { de: `Alles über ${topic.de}.`, en: `Everything about ${topic.en}.` },
  }));
  const lastDay = `${startYear + years}-01-01`;

  const dated = Array.from({ length: count }, (_, i) => {
    const day = Math.floor(random() * years * 365.25);
    const date = new Date(Date.UTC(startYear, 0, 1 + day));
    return { i, date };
  }).sort((a, b) => a.date.getTime() - b.date.getTime() || a.i - b.i);

  const ids: string[] = [];
  const files: DataFile[] = dated.map(({ i, date }) => {
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    let roll = random();
    const precision = PRECISION_WEIGHTS.find(([, weight]) => (roll -= weight) < 0)?.[0] ?? 'day';
    // A season starts in March, June, September or December; January and February belong to
    // the winter that began in December of the year before.
    const season =
      month <= 2 ? { year: year - 1, month: 12 } : { year, month: month - (month % 3) };
    const start =
      precision === 'day'
        ? `${year}-${two(month)}-${two(date.getUTCDate())}`
        : precision === 'month'
          ? `${year}-${two(month)}`
          : precision === 'quarter'
            ? `${year}-${two(Math.floor((month - 1) / 3) * 3 + 1)}`
            : precision === 'season'
              ? `${season.year}-${two(season.month)}`
              : `${year}`;
    const end =
      precision === 'day' && chance(0.08)
        ? `${year}-${two(month)}-${two(Math.min(date.getUTCDate() + 1 + Math.floor(random() * 5), 28))}`
        : precision === 'month' && chance(0.1)
          ? `${month === 12 ? year + 1 : year}-${two((month % 12) + 1)}`
          : undefined;
    const id = `${start}-synthetic-${String(i + 1).padStart(6, '0')}`;
    const actor = pick(actors);
    const verb = pick(VERBS);
    const topic = pick(TOPICS);
    const firstCategory = pick(categories);
    const eventCategories = chance(0.2)
      ? [...new Set([firstCategory.id, pick(categories).id])]
      : [firstCategory.id];
    const verified = !chance(0.03);
    const hasNotes = !verified || chance(0.1);
    const related =
      ids.length > 0 && chance(0.15) ? [{ id: pick(ids), type: pick(RELATION_TYPES) }] : [];
    const sources = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => ({
      url: `https://example.org/synthetic/${id}/${k + 1}`,
      title: `Bericht ${k + 1} zu ${id}`,
      publisher: pick(PUBLISHERS),
      published: start,
      lang: chance(0.6) ? 'de' : 'en',
    }));
    const amount = 1 + Math.floor(random() * 90);
    const event: ChronikEventInput = {
      id,
      date: {
        start,
        precision,
        ...(end && end > start ? { end } : {}),
        ...(chance(0.05) ? { approximate: true } : {}),
      },
      title: {
        de: `${actor.name.de} ${verb.de} ${topic.de}${verb.de === 'kündigt' ? ' an' : ''}`,
        en: `${actor.name.en} ${verb.en} ${topic.en}`,
      },
      summary: {
        de: `Erfundenes Ereignis Nr. ${i + 1} für Tests. ${actor.name.de} ${verb.de} ${topic.de}${verb.de === 'kündigt' ? ' an' : ''}; es geht um rund ${amount} Millionen Euro und ${amount * 3} Arbeitsplätze. Die Quellen nennen **${sources.length}** Fassungen; Einzelheiten stehen [in der ersten Quelle](${sources[0]!.url}).`,
        en: `Made-up event no. ${i + 1} for tests. ${actor.name.en} ${verb.en} ${topic.en}; about EUR ${amount} million and ${amount * 3} jobs are at stake. The sources give **${sources.length}** versions; details are [in the first source](${sources[0]!.url}).`,
      },
      categories: eventCategories,
      actors: [...new Set([actor.id, pick(actors).id])],
      jurisdictions: [pick(jurisdictions).id],
      threads: chance(0.5) ? [pick(threads).id] : [],
      sources,
      related,
      importance: chance(0.05) ? 1 : chance(0.6) ? 2 : 3,
      verified,
      ...(hasNotes
        ? {
            notes: {
              de: 'Die Quellen widersprechen sich beim Datum; beide Angaben sind erfunden.',
              en: 'The sources disagree on the date; both claims are made up.',
            },
          }
        : {}),
      changes: [{ date: lastDay, note: { de: 'Eintrag erzeugt.', en: 'Entry generated.' } }],
    };
    ids.push(id);
    return { path: `events/${id}.yaml`, contents: toEventFileText(event) };
  });

  const info = {
    id: `synthetic-${seed}`,
    version: '1.0.0',
    title: { de: `Testchronik mit ${count} Ereignissen`, en: `Test chronicle of ${count} events` },
    description: {
      de: 'Erfundene Ereignisse, um Chronik mit vielen Daten zu prüfen.',
      en: 'Made-up events to test Chronik with a lot of data.',
    },
    license: {
      id: 'CC0-1.0',
      name: 'Creative Commons Zero v1.0 Universal',
      url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    },
    publisher: 'Chronik tests',
    changes: [{ version: '1.0.0', date: lastDay, note: { de: 'Erzeugt.', en: 'Generated.' } }],
  };
  const yaml = (value: unknown) => stringify(value, { lineWidth: 100 });
  return [
    { path: 'dataset.yaml', contents: yaml(info) },
    { path: 'categories.yaml', contents: yaml(categories) },
    { path: 'actors.yaml', contents: yaml(actors) },
    { path: 'jurisdictions.yaml', contents: yaml(jurisdictions) },
    { path: 'threads.yaml', contents: yaml(threads) },
    ...files,
  ];
}
