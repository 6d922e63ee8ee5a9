import { describe, expect, it } from 'vitest';
import { createTimeScale } from './scale.js';
import { ZoomTransform, zoomIdentity } from './transform.js';
import {
  constrainTransform,
  getMaxScale,
  getVisibleWindow,
  panBy,
  panIntoView,
  transformForWindow,
  zoomAround,
} from './zoom.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const day = (date: Date) => date.toISOString().slice(0, 10);
const t = (k: number, x: number) => new ZoomTransform(k, x);
const plain = (transform: ZoomTransform) => ({ k: transform.k, x: transform.x });
const W = 1000;
const MAX = 40;

describe('getMaxScale', () => {
  it('lets the shortest span fill the width', () => {
    expect(getMaxScale({ domain: [d('2024-01-01'), d('2024-04-10')] })).toBe(10); // 100 days / 10
    expect(getMaxScale({ domain: [d('2024-01-01'), d('2024-01-05')] })).toBe(1);
  });
});

describe('constrainTransform', () => {
  it.each([
    [t(0.5, 0), { k: 1, x: 0 }],
    [t(80, -100), { k: 40, x: -100 }],
    [t(2, 100), { k: 2, x: 0 }],
    [t(2, -1500), { k: 2, x: -1000 }],
    [t(2, -400), { k: 2, x: -400 }],
  ])('%o → %o', (transform, expected) => {
    expect(plain(constrainTransform({ transform, width: W, maxScale: MAX }))).toEqual(expected);
  });

  it('returns the same object when nothing changes', () => {
    const same = t(2, -400);
    expect(constrainTransform({ transform: same, width: W, maxScale: MAX })).toBe(same);
  });
});

describe('zoomAround', () => {
  it('keeps the anchor point in place', () => {
    expect(
      plain(zoomAround({ transform: zoomIdentity, factor: 2, x: 500, width: W, maxScale: MAX })),
    ).toEqual({ k: 2, x: -500 });
    expect(
      plain(zoomAround({ transform: t(2, -500), factor: 2, x: 250, width: W, maxScale: MAX })),
    ).toEqual({ k: 4, x: -1250 });
  });

  it('stops at the limits', () => {
    expect(
      plain(zoomAround({ transform: t(2, -500), factor: 0.25, x: 500, width: W, maxScale: MAX })),
    ).toEqual({ k: 1, x: 0 });
    expect(
      zoomAround({ transform: t(32, -16000), factor: 2, x: 500, width: W, maxScale: MAX }).k,
    ).toBe(40);
  });

  it('does not reveal space outside the domain when zooming out near an edge', () => {
    expect(
      plain(zoomAround({ transform: t(4, 0), factor: 0.5, x: 900, width: W, maxScale: MAX })),
    ).toEqual({ k: 2, x: 0 });
  });
});

describe('panBy', () => {
  it('moves and stops at the edges', () => {
    expect(plain(panBy({ transform: t(2, -500), dx: 100, width: W, maxScale: MAX }))).toEqual({
      k: 2,
      x: -400,
    });
    expect(plain(panBy({ transform: t(2, -500), dx: 800, width: W, maxScale: MAX }))).toEqual({
      k: 2,
      x: 0,
    });
    expect(plain(panBy({ transform: t(2, -500), dx: -800, width: W, maxScale: MAX }))).toEqual({
      k: 2,
      x: -1000,
    });
  });
});

describe('windows', () => {
  const base = createTimeScale({ domain: [d('2024-01-01'), d('2025-01-01')], width: 366 }); // 1 px per day

  it('shows a window across the width and reads it back', () => {
    const transform = transformForWindow({
      base,
      window: [d('2024-03-01'), d('2024-05-01')],
      width: 366,
      maxScale: MAX,
    });
    expect(transform.k).toBeCloseTo(6, 12);
    expect(transform.x).toBeCloseTo(-6 * 60, 9);
    expect(getVisibleWindow({ base, transform }).map(day)).toEqual(['2024-03-01', '2024-05-01']);
  });

  it('falls back to the whole domain for an empty or reversed window', () => {
    expect(
      plain(
        transformForWindow({
          base,
          window: [d('2024-05-01'), d('2024-03-01')],
          width: 366,
          maxScale: MAX,
        }),
      ),
    ).toEqual({ k: 1, x: 0 });
  });

  it('limits a window that is too short to the largest zoom', () => {
    const transform = transformForWindow({
      base,
      window: [d('2024-03-01'), d('2024-03-02')],
      width: 366,
      maxScale: 10,
    });
    expect(transform.k).toBe(10);
  });
});

describe('panIntoView', () => {
  it('leaves a visible span alone', () => {
    const transform = t(2, -500);
    expect(panIntoView({ transform, x0: 300, x1: 320, width: W, maxScale: MAX })).toBe(transform);
  });

  it('pans just enough to show a span beyond either edge, with a margin', () => {
    expect(
      plain(panIntoView({ transform: t(4, -1000), x0: 1100, x1: 1110, width: W, maxScale: MAX })),
    ).toEqual({ k: 4, x: -1158 });
    expect(
      plain(panIntoView({ transform: t(4, -1000), x0: -200, x1: -190, width: W, maxScale: MAX })),
    ).toEqual({ k: 4, x: -752 });
  });

  it('centres a span wider than the view', () => {
    expect(
      plain(panIntoView({ transform: t(4, -1000), x0: -500, x1: 1700, width: W, maxScale: MAX })),
    ).toEqual({ k: 4, x: -1100 });
  });
});
