import type {
  Actor,
  Category,
  FacetCounts,
  Jurisdiction,
  Language,
  Thread,
  ViewState,
} from '@chronik/events';

/** What the explorer's filters show and change. */
export interface FilterProps {
  lang: Language;
  view: ViewState;
  categories: readonly Category[];
  actors: readonly Actor[];
  jurisdictions: readonly Jurisdiction[];
  threads: readonly Thread[];
  /** Events per category, actor, jurisdiction and storyline under the other filters. */
  counts: FacetCounts;
  /** Writes a change of the view (to the URL). */
  onchange: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
}
