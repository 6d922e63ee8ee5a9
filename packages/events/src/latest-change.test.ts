import { describe, expect, it } from 'vitest';
import { getLatestChange } from './latest-change.js';

const note = { de: 'x', en: 'x' };

describe('getLatestChange', () => {
  it('is the newest date of the dataset and event change logs', () => {
    expect(
      getLatestChange({
        info: { changes: [{ version: '1.0.0', date: '2026-01-02', note }] },
        events: [
          { changes: [{ date: '2025-12-31', note }] },
          {
            changes: [
              { date: '2026-03-01', note },
              { date: '2024-01-01', note },
            ],
          },
          { changes: [] },
        ],
      }),
    ).toBe('2026-03-01');
  });

  it('is undefined when nothing has a change log', () => {
    expect(getLatestChange({ info: { changes: [] }, events: [{ changes: [] }] })).toBeUndefined();
  });
});
