import { describe, expect, it } from 'vitest';
import { event } from './__fixtures__/events.js';
import { getEvidence } from './evidence.js';

const source = (publisher: string, n: number) => ({
  url: `https://example.org/${n}`,
  title: 'x',
  publisher,
  lang: 'de',
});

describe('getEvidence', () => {
  it.each([
    ['one source', [source('heise online', 1)], undefined, 'single'],
    [
      'two from one publisher',
      [source('heise online', 1), source(' Heise  Online', 2)],
      undefined,
      'single',
    ],
    [
      'two publishers',
      [source('heise online', 1), source('Handelsblatt', 2)],
      undefined,
      'multiple',
    ],
    ['set in the file', [source('heise online', 1), source('Handelsblatt', 2)], 'single', 'single'],
    ['a primary source', [source('EDPS', 1)], 'primary', 'primary'],
  ] as const)('%s → %s', (_, sources, evidence, expected) => {
    expect(getEvidence(event({ sources: [...sources], ...(evidence ? { evidence } : {}) }))).toBe(
      expected,
    );
  });
});
