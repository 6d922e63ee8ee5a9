import { EventSchema, type Category } from '@chronik/events';
import { describe, expect, it, vi } from 'vitest';
import { MESSAGES } from './messages.js';
import { createAccessibleNames } from './names.js';

const category = (id: string, de: string): Category => ({
  id,
  label: { de, en: id },
  description: { de, en: id },
  color: '#000000',
  colorDark: '#ffffff',
  shape: 'circle',
});

describe('createAccessibleNames', () => {
  it('names the date, title, categories and caveats, once per event', () => {
    const formatDate = vi.fn(() => 'Juni 2024');
    const nameOf = createAccessibleNames({
      categories: [category('politics', 'Politik'), category('legal', 'Recht')],
      lang: 'de',
      formatDate,
      messages: MESSAGES.de,
    });
    const event = EventSchema.parse({
      id: 'x',
      date: { start: '2024-06', precision: 'month', approximate: true },
      title: { de: 'Offener Brief', en: 'Open letter' },
      summary: { de: 'x', en: 'x' },
      categories: ['politics', 'legal'],
      sources: [{ url: 'https://example.org/', title: 'x', publisher: 'x', lang: 'de' }],
      verified: false,
      notes: { de: 'x', en: 'x' },
    });
    const name = 'Juni 2024: Offener Brief. Politik, Recht. ungefähr. nicht unabhängig bestätigt';
    expect(nameOf(event)).toBe(name);
    expect(nameOf(event)).toBe(name);
    expect(formatDate).toHaveBeenCalledTimes(1);
  });
});
