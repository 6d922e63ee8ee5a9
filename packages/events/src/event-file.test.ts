import { describe, expect, it } from 'vitest';
import { eventInput } from './__fixtures__/events.js';
import { toEventFileText } from './event-file.js';
import { parseEvent } from './parse.js';

describe('toEventFileText', () => {
  it('starts with the schema line and reads back to the same event', () => {
    const input = eventInput({ date: { start: '2024', precision: 'year' } });
    const text = toEventFileText(input);
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../schema/event.schema.json',
    );
    // A year must stay text ('2024'), not become the number 2024.
    expect(text).toContain('start: "2024"');
    expect(parseEvent({ file: 'events/test-event.yaml', contents: text }).value).toMatchObject(
      input,
    );
  });
});
