import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChronikEvent } from './schema.js';
import { loadDataset } from './node.js';

// The verified fact sheet the dataset was written from, and the researched additions for
// dataset 1.1. They live outside this repository (in the product's shared research folder);
// where they are absent, these checks are skipped and say so.
const RESEARCH = new URL('../../../../shared/research/', import.meta.url);
const SHEET = fileURLToPath(new URL('events-facts.yaml', RESEARCH));
const ADDITIONS = fileURLToPath(new URL('events-facts-additions.yaml', RESEARCH));
const missing = [SHEET, ADDITIONS].filter((file) => !existsSync(file));
const present = missing.length === 0;
if (!present)
  console.warn(
    `[fact sheet] ${missing.join(', ')} not found: the checks against the fact sheet are skipped`,
  );

// The day the additions were researched: a correction they ask for must be logged on or after it.
const ADDITIONS_RESEARCHED = '2026-12-02';

interface SheetEntry {
  id: string;
  /** In the additions: the id of the fact-sheet entry this entry checks and corrects. */
  corrects?: string;
  start: string;
  end?: string;
  precision: string;
  categories: string[];
  jurisdictions: string[];
  verified: boolean;
  sources: { url: string }[];
}

/** `DE` for `DE-SH`: the country a subdivision belongs to. */
const countryOf = (code: string) => code.split('-')[0] ?? code;

describe.skipIf(!present)(
  `the dataset against the fact sheet and its additions (${present ? 'found' : 'skipped: not found'})`,
  () => {
    let sheet: Map<string, SheetEntry>;
    let checks: SheetEntry[];
    let events: Map<string, ChronikEvent>;

    beforeAll(async () => {
      const entries = parse(readFileSync(SHEET, 'utf8')) as SheetEntry[];
      const additions = parse(readFileSync(ADDITIONS, 'utf8')) as SheetEntry[];
      // An addition either is an event of its own or checks (and corrects) an existing one.
      checks = additions.filter((entry) => entry.corrects !== undefined);
      const added = additions.filter((entry) => entry.corrects === undefined);
      sheet = new Map([...entries, ...added].map((entry) => [entry.id, { ...entry }]));
      // A check's sources document the entry it corrects, so the event may list them too.
      for (const check of checks) {
        const target = sheet.get(check.corrects ?? '');
        if (target) target.sources = [...target.sources, ...check.sources];
      }
      const result = await loadDataset({ now: new Date(`${ADDITIONS_RESEARCHED}T00:00:00Z`) });
      events = new Map(result.events.map((event) => [event.id, event]));
    });

    it('has one event for every entry of the sheet and the additions, and no other', () => {
      expect([...events.keys()].sort()).toEqual([...sheet.keys()].sort());
    });

    it('keeps every start, end and precision as the sheet gives them', () => {
      const differences = [...sheet.values()].flatMap((entry) => {
        const event = events.get(entry.id);
        const expected = {
          start: String(entry.start),
          end: entry.end && String(entry.end),
          precision: entry.precision,
        };
        const actual = {
          start: event?.date.start,
          end: event?.date.end,
          precision: event?.date.precision,
        };
        return JSON.stringify(actual) === JSON.stringify(expected)
          ? []
          : [{ id: entry.id, expected, actual }];
      });
      expect(differences).toEqual([]);
    });

    it('lists only sources from the sheet, and at least one', () => {
      const differences = [...sheet.values()].flatMap((entry) => {
        const event = events.get(entry.id);
        const allowed = new Set(entry.sources.map((source) => source.url));
        const foreign = (event?.sources ?? [])
          .map((source) => source.url)
          .filter((url) => !allowed.has(url));
        return foreign.length > 0 || !event?.sources.length ? [{ id: entry.id, foreign }] : [];
      });
      expect(differences).toEqual([]);
    });

    // House convention (CONTRIBUTING.md): an event in a subdivision also carries its country
    // (DE-SH with DE), and may name the subdivision where the sheet gives only the country.
    it('keeps categories, jurisdictions (with the country of every subdivision) and the verified flag', () => {
      const differences = [...sheet.values()].flatMap((entry) => {
        const event = events.get(entry.id);
        const subdivisions = entry.jurisdictions.filter((code) => code.includes('-'));
        const required = new Set([...entry.jurisdictions, ...subdivisions.map(countryOf)]);
        const actualCodes = event?.jurisdictions ?? [];
        const jurisdictions = {
          missing: [...required].filter((code) => !actualCodes.includes(code)).sort(),
          foreign: actualCodes
            .filter(
              (code) =>
                !required.has(code) && !(code.includes('-') && required.has(countryOf(code))),
            )
            .sort(),
        };
        const expected = {
          categories: [...entry.categories].sort(),
          jurisdictions: { missing: [], foreign: [] },
          verified: entry.verified,
        };
        const actual = {
          categories: [...(event?.categories ?? [])].sort(),
          jurisdictions,
          verified: event?.verified,
        };
        return JSON.stringify(actual) === JSON.stringify(expected)
          ? []
          : [{ id: entry.id, expected, actual }];
      });
      expect(differences).toEqual([]);
    });

    it('applies every check of the additions: its date, and a change-log entry for it', () => {
      expect(checks.length).toBeGreaterThan(0);
      const differences = checks.flatMap((check) => {
        const event = events.get(check.corrects ?? '');
        const expected = { start: String(check.start), precision: check.precision, logged: true };
        const actual = {
          start: event?.date.start,
          precision: event?.date.precision,
          logged: (event?.changes ?? []).some((change) => change.date >= ADDITIONS_RESEARCHED),
        };
        return JSON.stringify(actual) === JSON.stringify(expected)
          ? []
          : [{ check: check.id, corrects: check.corrects, expected, actual }];
      });
      expect(differences).toEqual([]);
    });

    // The check 2023-07-10-eu-us-dpf-entry-into-force-check: four sources against one law firm.
    it('dates the DPF decision taking effect to 10 July 2023 and notes the dissenting 11 July', () => {
      const dpf = events.get('2023-07-10-eu-us-data-privacy-framework');
      expect(dpf?.summary.de).not.toMatch(/11\. Juli/);
      expect(dpf?.summary.en).not.toMatch(/11 July/);
      expect(dpf?.notes?.de).toMatch(/10\. Juli 2023[^]*11\. Juli 2023/);
      expect(dpf?.notes?.en).toMatch(/10 July 2023[^]*11 July 2023/);
    });
  },
);
