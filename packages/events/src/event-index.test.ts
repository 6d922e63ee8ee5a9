import { describe, expect, it } from 'vitest';
import { event } from './__fixtures__/events.js';
import { createEventIndex, toEventSummary } from './event-index.js';
import { getRelatedEvents } from './related.js';

const storm = event({ id: 'storm', date: { start: '2023-07-11', precision: 'day' } });
const letter = event({
  id: 'letter',
  date: { start: '2024-06-24', precision: 'day' },
  related: [
    { id: 'storm', type: 'cites' },
    { id: 'missing', type: 'cites' },
    { id: 'session', type: 'related' },
  ],
});
const session = event({
  id: 'session',
  date: { start: '2024-06-27', precision: 'day' },
  related: [{ id: 'letter', type: 'responds-to' }],
});
const EVENTS = [storm, letter, session];
const links = (related: ReturnType<typeof getRelatedEvents>) =>
  related.map((r) => [r.direction, r.type, r.event.id]);

describe('getRelatedEvents', () => {
  it('lists outgoing and incoming links in chronological order, outgoing first', () => {
    expect(links(getRelatedEvents(EVENTS, { id: 'letter' }))).toEqual([
      ['outgoing', 'cites', 'storm'],
      ['outgoing', 'related', 'session'],
      ['incoming', 'responds-to', 'session'],
    ]);
    expect(links(getRelatedEvents(EVENTS, { id: 'storm' }))).toEqual([
      ['incoming', 'cites', 'letter'],
    ]);
  });

  it('is empty for an unknown id', () => {
    expect(getRelatedEvents(EVENTS, { id: 'nope' })).toEqual([]);
  });
});

describe('createEventIndex', () => {
  const index = createEventIndex(EVENTS);

  it('finds events by id', () => {
    expect(index.get('letter')).toBe(letter);
    expect(index.get('nope')).toBeUndefined();
  });

  it('gives the neighbours in the given order', () => {
    expect(index.getNeighbours('letter')).toEqual({ previous: storm, next: session });
    expect(index.getNeighbours('storm')).toEqual({ next: letter });
    expect(index.getNeighbours('session')).toEqual({ previous: letter });
    expect(index.getNeighbours('nope')).toEqual({});
  });

  it('leaves out links to events it does not hold', () => {
    const alone = createEventIndex([letter]);
    expect(alone.getRelated('letter')).toEqual([]);
  });
});

describe('toEventSummary', () => {
  it('keeps only id, date and title', () => {
    expect(toEventSummary(letter)).toEqual({
      id: 'letter',
      date: letter.date,
      title: letter.title,
    });
  });
});
