/** The reader's colour choice: `auto` follows the system. */
export type ThemeChoice = 'light' | 'dark' | 'auto';

/** Where the choice is remembered: this browser only, never sent anywhere. */
export const THEME_STORAGE_KEY = 'chronik-theme';

/**
 * The colour theme. The choice is applied before the first paint by a small script in
 * `app.html` (which reads the same storage key), so pages never flash in the wrong theme.
 */
class Theme {
  choice = $state<ThemeChoice>('auto');
  /** Whether the system prefers dark; only known in the browser. */
  systemDark = $state(false);

  readonly effective = $derived<'light' | 'dark'>(
    this.choice === 'auto' ? (this.systemDark ? 'dark' : 'light') : this.choice,
  );

  /** Reads the choice and the system preference; call once in the browser. */
  init(): () => void {
    const stored = document.documentElement.dataset.theme;
    this.choice = stored === 'light' || stored === 'dark' ? stored : 'auto';
    const query = matchMedia('(prefers-color-scheme: dark)');
    this.systemDark = query.matches;
    const onchange = (event: MediaQueryListEvent) => (this.systemDark = event.matches);
    query.addEventListener('change', onchange);
    return () => query.removeEventListener('change', onchange);
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
