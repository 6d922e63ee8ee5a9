import { EventSchema, type Category } from '@chronik/events';
import { describe, expect, it } from 'vitest';
import { indexMarks } from './lane-index.js';
import { prepareMarks } from './marks.js';
import { getOverviewPaths } from './overview.js';
import { createTimeScale } from './scale.js';

const category = (id: string): Category => ({
  id,
  label: { de: id, en: id },
  description: { de: id, en: id },
  color: '#000000',
  colorDark: '#ffffff',
  shape: 'circle',
});
const CATEGORIES = [category('a'), category('b')];
const event = (id: string, start: string, categories: string[], importance = 2) =>
  EventSchema.parse({
    id,
    date: { start, precision: 'day' },
    title: { de: id, en: id },
    summary: { de: 'x', en: 'x' },
    categories,
    sources: [{ url: 'https://example.org/', title: 'x', publisher: 'x', lang: 'en' }],
    importance,
  });
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('getOverviewPaths', () => {
  it('draws a tick per column of pixels per category, landmarks higher, in few paths', () => {
    const events = [
      event('e1', '2024-01-01', ['a']),
      event('e2', '2024-01-01', ['a']),
      event('e3', '2024-01-05', ['a', 'b']),
      event('e4', '2024-02-01', ['b'], 1),
    ];
    const laneList = CATEGORIES.map((c) => ({ id: c.id, category: c }));
    const lanes = indexMarks(
      prepareMarks({ events, categories: CATEGORIES, lanes: laneList, lang: 'de' }),
      laneList,
    );
    const base = createTimeScale({ domain: [d('2024-01-01'), d('2025-01-01')], width: 366 });
    const paths = getOverviewPaths({ lanes, base, top: 4, bottom: 20 });
    // e1 and e2 share a column; e3 counts once (its first category); e4 is a landmark.
    expect(paths.map((p) => [p.key, p.d])).toEqual([
      ['a:0', 'M1,9V20M5,9V20'],
      ['b:1', 'M31,4V20'],
    ]);
  });

  it('keeps ticks of events outside the domain, in order, as before and after the width', () => {
    const events = [
      event('early', '2023-12-27', ['a']),
      event('inside', '2024-01-03', ['a']),
      event('late', '2025-01-05', ['a']),
    ];
    const laneList = [{ id: 'a', category: CATEGORIES[0]! }];
    const lanes = indexMarks(
      prepareMarks({ events, categories: CATEGORIES, lanes: laneList, lang: 'de' }),
      laneList,
    );
    const base = createTimeScale({ domain: [d('2024-01-01'), d('2025-01-01')], width: 366 });
    const [path] = getOverviewPaths({ lanes, base, top: 4, bottom: 20 });
    // Columns of 2 px: -5 days → column -3, 2 days → 1, 370 days → 185 (past the last, 183).
    expect(path!.d).toBe('M-5,9V20M3,9V20M371,9V20');
  });
});
