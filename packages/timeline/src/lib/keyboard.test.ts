import { describe, expect, it } from 'vitest';
import { toKeyCommand } from './keyboard.js';

describe('toKeyCommand', () => {
  it.each([
    ['ArrowRight', false, { kind: 'step', by: 1 }],
    ['ArrowLeft', false, { kind: 'step', by: -1 }],
    ['ArrowRight', true, { kind: 'pan', by: -0.25 }],
    ['ArrowLeft', true, { kind: 'pan', by: 0.25 }],
    ['Home', false, { kind: 'edge', to: 'first' }],
    ['End', false, { kind: 'edge', to: 'last' }],
    ['+', false, { kind: 'zoom', factor: 2 }],
    ['=', false, { kind: 'zoom', factor: 2 }],
    ['-', false, { kind: 'zoom', factor: 0.5 }],
    ['0', false, { kind: 'reset' }],
    ['PageUp', false, { kind: 'pan', by: 0.8 }],
    ['PageDown', false, { kind: 'pan', by: -0.8 }],
    ['Enter', false, undefined],
    ['a', false, undefined],
  ])('%s (shift: %s)', (key, shiftKey, command) => {
    expect(toKeyCommand({ key, shiftKey }, 2)).toEqual(command);
  });
});
