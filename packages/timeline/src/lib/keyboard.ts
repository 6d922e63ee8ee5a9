/**
 * What a key does on an event mark: step to the previous or next event (of all shown, not
 * only those in view), the first or last one, pan, zoom around the focused event, or show the
 * whole period. Pure: the state carries it out.
 *
 * @module
 */

/** A command from the keyboard. */
export type KeyCommand =
  | { kind: 'step'; by: -1 | 1 }
  | { kind: 'edge'; to: 'first' | 'last' }
  /** Pan by a share of the width; positive moves back in time. */
  | { kind: 'pan'; by: number }
  | { kind: 'zoom'; factor: number }
  | { kind: 'reset' };

/**
 * The command for a key on a mark, or `undefined` for keys the timeline leaves alone.
 *
 * @param zoomStep - the factor of one zoom step
 */
export function toKeyCommand(
  key: { key: string; shiftKey: boolean },
  zoomStep: number,
): KeyCommand | undefined {
  switch (key.key) {
    case 'ArrowRight':
      return key.shiftKey ? { kind: 'pan', by: -0.25 } : { kind: 'step', by: 1 };
    case 'ArrowLeft':
      return key.shiftKey ? { kind: 'pan', by: 0.25 } : { kind: 'step', by: -1 };
    case 'Home':
      return { kind: 'edge', to: 'first' };
    case 'End':
      return { kind: 'edge', to: 'last' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: zoomStep };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / zoomStep };
    case '0':
      return { kind: 'reset' };
    case 'PageUp':
      return { kind: 'pan', by: 0.8 };
    case 'PageDown':
      return { kind: 'pan', by: -0.8 };
    default:
      return undefined;
  }
}
