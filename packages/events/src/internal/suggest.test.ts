import { describe, expect, it } from 'vitest';
import { suggest } from './suggest.js';

describe('suggest', () => {
  it.each([
    ['sumary', ['summary', 'title', 'sources'], 'summary'],
    ['data-protetion', ['data-protection', 'security'], 'data-protection'],
    ['SOURCES', ['summary', 'sources'], 'sources'],
    ['colour', ['color', 'shape'], 'color'],
    ['dya', ['day', 'month', 'year'], 'day'],
  ])('suggests a close candidate for %s', (word, candidates, expected) => {
    expect(suggest(word, candidates)).toBe(expected);
  });

  it.each([
    ['banana', ['summary', 'title']],
    ['x', ['summary']],
    ['anything', []],
  ])('suggests nothing when no candidate is close to %s', (word, candidates) => {
    expect(suggest(word, candidates)).toBeUndefined();
  });
});
