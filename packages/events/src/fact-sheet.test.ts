import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChronikEvent } from './schema.js';
import { loadDataset } from './node.js';

// The verified fact sheet the dataset was written from. It lives outside this repository (in
// the product's shared research folder); where it is absent, these checks are skipped and say so.
const SHEET = fileURLToPath(
  new URL('../../../../shared/research/events-facts.yaml', import.meta.url),
);
const present = existsSync(SHEET);
if (!present)
  console.warn(`[fact sheet] ${SHEET} not found: the checks against the fact sheet are skipped`);

interface SheetEntry {
  id: string;
  start: string;
  end?: string;
  precision: string;
  categories: string[];
  jurisdictions: string[];
  verified: boolean;
  sources: { url: string }[];
}

describe.skipIf(!present)(
  `the dataset against the fact sheet (${present ? 'found' : 'skipped: file not found'})`,
  () => {
    let sheet: Map<string, SheetEntry>;
    let events: Map<string, ChronikEvent>;

    beforeAll(async () => {
      const entries = parse(readFileSync(SHEET, 'utf8')) as SheetEntry[];
      sheet = new Map(entries.map((entry) => [entry.id, entry]));
      const result = await loadDataset({ now: new Date('2026-11-29T00:00:00Z') });
      events = new Map(result.events.map((event) => [event.id, event]));
    });

    it('has one event for every entry, and no other', () => {
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

    it('keeps categories, jurisdictions and the verified flag', () => {
      const differences = [...sheet.values()].flatMap((entry) => {
        const event = events.get(entry.id);
        const expected = {
          categories: [...entry.categories].sort(),
          jurisdictions: [...entry.jurisdictions].sort(),
          verified: entry.verified,
        };
        const actual = {
          categories: [...(event?.categories ?? [])].sort(),
          jurisdictions: [...(event?.jurisdictions ?? [])].sort(),
          verified: event?.verified,
        };
        return JSON.stringify(actual) === JSON.stringify(expected)
          ? []
          : [{ id: entry.id, expected, actual }];
      });
      expect(differences).toEqual([]);
    });
  },
);
