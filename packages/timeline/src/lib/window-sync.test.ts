import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimeWindow } from './time-scale.js';
import { WindowSync } from './window-sync.js';

const w = (a: string, b: string): TimeWindow => [new Date(a), new Date(b)];

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('WindowSync', () => {
  it('takes a window asked for anew, not the same one again', () => {
    const sync = new WindowSync();
    expect(sync.isRequest(undefined)).toBe(false);
    expect(sync.isRequest(w('2024-01-01', '2024-02-01'))).toBe(true);
    expect(sync.isRequest(w('2024-01-01', '2024-02-01'))).toBe(false);
    expect(sync.isRequest(w('2024-03-01', '2024-04-01'))).toBe(true);
    expect(sync.isRequest(undefined)).toBe(true);
  });

  it('reports once the reader stops, and takes the echo of its report for no request', () => {
    const sync = new WindowSync(250);
    const reported: TimeWindow[] = [];
    let current = w('2024-01-01', '2024-02-01');
    sync.schedule(
      () => current,
      (window) => reported.push(window),
    );
    current = w('2024-01-05', '2024-02-05');
    sync.schedule(
      () => current,
      (window) => reported.push(window),
    );
    vi.advanceTimersByTime(249);
    expect(reported).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reported).toEqual([current]);
    expect(sync.isRequest(w('2024-01-05', '2024-02-05'))).toBe(false);
  });

  it('can cancel a waiting report', () => {
    const sync = new WindowSync(250);
    const report = vi.fn();
    sync.schedule(() => w('2024-01-01', '2024-02-01'), report);
    sync.cancel();
    vi.advanceTimersByTime(1000);
    expect(report).not.toHaveBeenCalled();
  });
});
