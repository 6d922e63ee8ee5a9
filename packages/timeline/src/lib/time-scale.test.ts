import { describe, expect, it } from 'vitest';
import { createTimeScale } from './scale.js';
import { chooseTickLevel, getBaseDomain, getTicks, getTimelineDomain } from './time-scale.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('getBaseDomain', () => {
  it('pads the extent by a share of its length on each side', () => {
    const [start, end] = getBaseDomain({
      extent: [d('2020-01-01'), d('2030-01-01')],
      padding: 0.05,
    });
    // 3653 days × 0.05 = 182.65 days
    expect(start.toISOString()).toBe('2019-07-02T08:24:00.000Z');
    expect(end.toISOString()).toBe('2030-07-02T15:36:00.000Z');
  });

  it('pads short extents by at least 15 days and includes today', () => {
    const [start, end] = getBaseDomain({
      extent: [d('2024-06-24'), d('2024-06-28')],
      now: d('2024-07-10'),
    });
    expect([iso(start), iso(end)]).toEqual(['2024-06-09', '2024-07-26']);
  });
});

describe('getTimelineDomain', () => {
  it('pads the given extent, or the year up to today when there is nothing to show', () => {
    const extent = [d('2020-01-01'), d('2030-01-01')] as const;
    expect(getTimelineDomain({ events: [], extent })).toEqual(getBaseDomain({ extent }));
    const now = d('2024-06-01');
    expect(getTimelineDomain({ events: [], now }).map(iso)).toEqual(
      getBaseDomain({ extent: [d('2023-06-02'), now], now }).map(iso),
    );
  });
});

describe('chooseTickLevel and getTicks', () => {
  const domain = [d('2022-01-01'), d('2026-01-01')] as const; // 1461 days

  it.each([
    [120, 'five-years'],
    [200, 'year'],
    [1600, 'quarter'],
    [4000, 'month'],
    [20_000, 'week'],
    [100_000, 'day'],
  ])('at %i px for four years picks %s ticks', (width, level) => {
    expect(chooseTickLevel({ scale: createTimeScale({ domain, width }) }).name).toBe(level);
  });

  it('places yearly ticks at exact positions, labelled by year', () => {
    const scale = createTimeScale({ domain, width: 1461 }); // one pixel per day
    const { level, ticks } = getTicks({ scale, lang: 'de', minSpacing: 300 });
    expect(level.name).toBe('year');
    expect(ticks.map((t) => [t.key, t.x, t.label])).toEqual([
      ['2022-01-01', 0, '2022'],
      ['2023-01-01', 365, '2023'],
      ['2024-01-01', 730, '2024'],
      ['2025-01-01', 1096, '2025'],
    ]);
  });

  it('labels quarters and months in German and English, with the year on January and on the first tick', () => {
    const scale = createTimeScale({ domain: [d('2023-11-01'), d('2024-05-01')], width: 182 * 4 });
    const months = (lang: 'de' | 'en') =>
      getTicks({ scale, lang, minSpacing: 100 }).ticks.map((t) => t.label);
    expect(months('de')).toEqual(['Nov. 2023', 'Dez.', 'Jan. 2024', 'Feb.', 'März', 'Apr.']);
    expect(months('en')).toEqual(['Nov 2023', 'Dec', 'Jan 2024', 'Feb', 'Mar', 'Apr']);
    const quarters = (lang: 'de' | 'en') =>
      getTicks({ scale, lang, minSpacing: 300 }).ticks.map((t) => t.label);
    expect(quarters('de')).toEqual(['1. Q. 2024', '2. Q.']);
    expect(quarters('en')).toEqual(['Q1 2024', 'Q2']);
  });

  it('labels weeks and days, marking the start of a month, with month and year on the first tick', () => {
    const scale = createTimeScale({ domain: [d('2024-06-27'), d('2024-07-03')], width: 600 });
    const { level, ticks } = getTicks({ scale, lang: 'de' });
    expect(level.name).toBe('day');
    expect(ticks.map((t) => `${t.label}${t.major ? '*' : ''}`)).toEqual([
      '27. Juni 2024',
      '28.',
      '29.',
      '30.',
      '1. Juli*',
      '2.',
    ]);
    expect(ticks.map((t) => t.x)).toEqual([0, 100, 200, 300, 400, 500]);
    const weeks = getTicks({
      scale: createTimeScale({ domain: [d('2024-06-01'), d('2024-07-31')], width: 900 }),
      lang: 'en',
    });
    expect(weeks.level.name).toBe('week');
    expect(weeks.ticks.map((t) => t.label)).toEqual([
      '3 Jun 2024',
      '10',
      '17',
      '24',
      '1 Jul',
      '8',
      '15',
      '22',
      '29',
    ]);
  });

  it('lets the second label give way where the first, with its context, would run into it', () => {
    // Days 40 px apart: "27. Juni 2024" needs about 90 px.
    const scale = createTimeScale({ domain: [d('2024-06-27'), d('2024-07-12')], width: 600 });
    const { level, ticks } = getTicks({ scale, lang: 'de', minSpacing: 40 });
    expect(level.name).toBe('day');
    expect(ticks.slice(0, 3).map((t) => t.label)).toEqual(['27. Juni 2024', '', '29.']);
    expect(ticks[1]!.x).toBe(40);
  });
});
