import { describe, expect, it } from 'vitest';
import { event } from './__fixtures__/events.js';
import { getRelatedEvents } from './related.js';

const storm = event({ id: 'storm', date: { start: '2023-07-11', precision: 'day' } });
const letter = event({
  id: 'letter',
  date: { start: '2024-06-24', precision: 'day' },
  related: [
    { id: 'storm', type: 'cites' },
    { id: 'missing', type: 'cites' },
  ],
});
const session = event({
  id: 'session',
  date: { start: '2024-06-27', precision: 'day' },
  related: [{ id: 'letter', type: 'responds-to' }],
});
const EVENTS = [storm, letter, session];

describe('getRelatedEvents', () => {
  it('lists outgoing and incoming links in chronological order', () => {
    expect(
      getRelatedEvents(EVENTS, { id: 'letter' }).map((r) => [r.direction, r.type, r.event.id]),
    ).toEqual([
      ['outgoing', 'cites', 'storm'],
      ['incoming', 'responds-to', 'session'],
    ]);
    expect(
      getRelatedEvents(EVENTS, { id: 'storm' }).map((r) => [r.direction, r.type, r.event.id]),
    ).toEqual([['incoming', 'cites', 'letter']]);
  });

  it('is empty for an unknown id', () => {
    expect(getRelatedEvents(EVENTS, { id: 'nope' })).toEqual([]);
  });
});
