/**
 * A canvas context's drawing state, set only when it changes. Every assignment of a colour
 * parses it, and a dash pattern allocates; drawing a few hundred marks of three or four
 * colours per frame, the changes are few and the repetitions many.
 */
export interface Pen {
  fill(colour: string): void;
  stroke(colour: string): void;
  alpha(value: number): void;
  width(value: number): void;
  dash(pattern: readonly number[]): void;
}

/**
 * A {@link Pen} for a context. Only what goes through the pen is tracked: set nothing on the
 * context directly while using it (or make a new pen after).
 */
export function createPen(context: CanvasRenderingContext2D): Pen {
  let fill = context.fillStyle;
  let stroke = context.strokeStyle;
  let alpha = context.globalAlpha;
  let width = context.lineWidth;
  let dash = context.getLineDash().join(',');
  return {
    fill(colour) {
      if (colour !== fill) context.fillStyle = fill = colour;
    },
    stroke(colour) {
      if (colour !== stroke) context.strokeStyle = stroke = colour;
    },
    alpha(value) {
      if (value !== alpha) context.globalAlpha = alpha = value;
    },
    width(value) {
      if (value !== width) context.lineWidth = width = value;
    },
    dash(pattern) {
      const key = pattern.join(',');
      if (key !== dash) {
        context.setLineDash(pattern as number[]);
        dash = key;
      }
    },
  };
}
