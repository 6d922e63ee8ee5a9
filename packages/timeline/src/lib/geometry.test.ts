import { describe, expect, it } from 'vitest';
import { getPlotGeometry } from './geometry.js';

const category = (id: string) => ({
  id,
  category: {
    id,
    label: { de: id, en: id },
    description: { de: id, en: id },
    color: '#000000',
    colorDark: '#ffffff',
    shape: 'circle' as const,
  },
});

describe('getPlotGeometry', () => {
  it('stacks named lanes with two label rows, the axis below', () => {
    const g = getPlotGeometry({ lanes: [category('a'), category('b')], rows: 2 });
    expect(g.showNames).toBe(true);
    expect(g.laneHeight).toBe(18 + 18 + 2 * 19 + 8);
    expect([g.laneTop('a'), g.laneTop('b')]).toEqual([0, 82]);
    expect([g.baseline('a'), g.baseline('b')]).toEqual([27, 109]);
    expect([g.rowTop('b', 0), g.rowTop('b', 1)]).toEqual([120, 139]);
    expect([g.axisY, g.height]).toEqual([164, 194]);
    expect([g.laneAt(0), g.laneAt(81), g.laneAt(82), g.laneAt(163), g.laneAt(164)]).toEqual([
      'a',
      'a',
      'b',
      'b',
      undefined,
    ]);
  });

  it('gives the single unnamed lane no name line', () => {
    const g = getPlotGeometry({ lanes: [{ id: 'all' }], rows: 1 });
    expect(g.showNames).toBe(false);
    expect([g.laneHeight, g.baseline('all'), g.height]).toEqual([49, 13, 79]);
  });
});
