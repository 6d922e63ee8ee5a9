import { describe, expect, it } from 'vitest';
import { event } from './__fixtures__/events.js';
import { getEventStats } from './stats.js';

describe('getEventStats', () => {
  it('counts by category, year, precision and status, and measures completeness', () => {
    const stats = getEventStats(
      [
        event({
          id: 'a',
          categories: ['legal', 'politics'],
          date: { start: '2023-07-11', precision: 'day' },
        }),
        event({
          id: 'b',
          categories: ['politics'],
          date: { start: '2024', precision: 'year', approximate: true },
          notes: { de: 'Notiz', en: 'Note' },
          evidence: 'primary',
          related: [{ id: 'a', type: 'cites' }],
        }),
        event({
          id: 'c',
          categories: ['politics'],
          date: { start: '2024-03', precision: 'season' },
          status: 'scheduled',
          verified: false,
          notes: { de: 'Unklar', en: 'Unclear' },
          sources: [
            { url: 'https://a.example/1', title: 'x', publisher: 'x', lang: 'de' },
            { url: 'https://a.example/2', title: 'y', publisher: 'y', lang: 'fr' },
          ],
        }),
      ],
      { categoryOrder: ['security', 'politics', 'legal'] },
    );
    expect(stats).toEqual({
      events: 3,
      byCategory: { security: 0, politics: 3, legal: 1 },
      byYear: { '2023': 1, '2024': 2 },
      byPrecision: { day: 1, year: 1, season: 1 },
      byStatus: { happened: 2, scheduled: 1 },
      verified: 2,
      approximate: 1,
      byEvidence: { primary: 1, multiple: 1, single: 1 },
      languages: {
        title: { present: 3, byLanguage: { de: 3, en: 3 } },
        summary: { present: 3, byLanguage: { de: 3, en: 3 } },
        notes: { present: 2, byLanguage: { de: 2, en: 2 } },
      },
      bilingual: 3,
      sources: { total: 4, eventsWithSources: 3, byLanguage: { en: 2, de: 1, fr: 1 } },
      relations: 1,
    });
  });
});
