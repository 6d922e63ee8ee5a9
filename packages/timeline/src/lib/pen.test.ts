import { describe, expect, it } from 'vitest';
import { createPen } from './pen.js';

describe('createPen', () => {
  it('sets a property only when its value changes', () => {
    const set: string[] = [];
    const context = {
      fillStyle: '#000000',
      strokeStyle: '#000000',
      globalAlpha: 1,
      lineWidth: 1,
      getLineDash: () => [],
      setLineDash: (pattern: number[]) => set.push(`dash ${pattern.join(',')}`),
    };
    for (const key of ['fillStyle', 'strokeStyle', 'globalAlpha', 'lineWidth'] as const) {
      let value = context[key];
      Object.defineProperty(context, key, {
        get: () => value,
        set: (next: typeof value) => {
          set.push(`${key} ${next}`);
          value = next;
        },
      });
    }
    const pen = createPen(context as unknown as CanvasRenderingContext2D);
    pen.fill('#000000');
    pen.fill('#ff0000');
    pen.fill('#ff0000');
    pen.stroke('#ff0000');
    pen.alpha(1);
    pen.alpha(0.5);
    pen.width(1);
    pen.width(1.5);
    pen.dash([]);
    pen.dash([2, 2]);
    pen.dash([2, 2]);
    pen.dash([]);
    expect(set).toEqual([
      'fillStyle #ff0000',
      'strokeStyle #ff0000',
      'globalAlpha 0.5',
      'lineWidth 1.5',
      'dash 2,2',
      'dash ',
    ]);
  });
});
