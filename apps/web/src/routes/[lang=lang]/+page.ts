import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => [{ lang: 'de' }, { lang: 'en' }];
