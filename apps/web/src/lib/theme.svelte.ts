import { MediaQuery } from 'svelte/reactivity';

/** The reader's colour choice: `auto` follows the system. */
type ThemeChoice = 'light' | 'dark' | 'auto';

/** Where the choice is remembered: this browser only, never sent anywhere. */
const THEME_STORAGE_KEY = 'chronik-theme';

/**
 * The colour theme. The choice is applied before the first paint by a small script in
 * `app.html` (which reads the same storage key), so pages never flash in the wrong theme.
 */
class Theme {
  choice = $state<ThemeChoice>('auto');
  /** Whether the system prefers dark; only known in the browser. */
  readonly #systemDark = new MediaQuery('prefers-color-scheme: dark', false);

  readonly effective = $derived<'light' | 'dark'>(
    this.choice === 'auto' ? (this.#systemDark.current ? 'dark' : 'light') : this.choice,
  );

  /** Reads the choice `app.html` applied before the first paint; call once in the browser. */
  init(): void {
    const stored = document.documentElement.dataset.theme;
    this.choice = stored === 'light' || stored === 'dark' ? stored : 'auto';
  }

  /** Switches to the other theme and remembers it. */
  toggle(): void {
    this.choice = this.effective === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = this.choice;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, this.choice);
    } catch {
      // Storage can be disabled; the choice then lasts for this page only.
    }
  }
}

/** The site's theme state, shared by the toggle and the timeline. */
export const theme = new Theme();
