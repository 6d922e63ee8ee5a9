import type { Month } from 'date-fns';
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, quarterName } from './date-words.js';

describe('the words of dates', () => {
  it("are date-fns's month names", () => {
    for (let month = 0; month < 12; month++) {
      expect(MONTH_NAMES.de[month]).toBe(de.localize.month(month as Month, { width: 'wide' }));
      expect(MONTH_NAMES.en[month]).toBe(enUS.localize.month(month as Month, { width: 'wide' }));
    }
  });

  it("write quarters as date-fns's ordinals and abbreviations do", () => {
    for (const quarter of [1, 2, 3, 4] as const) {
      expect(quarterName(quarter, 2024, 'de')).toBe(
        `${de.localize.ordinalNumber(quarter, { unit: 'quarter' })} Quartal 2024`,
      );
      expect(quarterName(quarter, 2024, 'en')).toBe(
        `${enUS.localize.quarter(quarter, { width: 'abbreviated' })} 2024`,
      );
    }
  });
});
