import type { Evidence } from './vocabulary.js';

/**
 * How strong the evidence for an event is: as its file says (`evidence`), or else from its
 * sources: two or more independent publishers are `multiple`, one is `single`. Publishers
 * count once however they are capitalised or spaced.
 *
 * @example
 * getEvidence(event) // 'single' for an event whose sources all come from one publisher
 */
export function getEvidence(event: {
  readonly evidence?: Evidence;
  readonly sources: readonly { readonly publisher: string }[];
}): Evidence {
  if (event.evidence) return event.evidence;
  const publishers = new Set(
    event.sources.map((source) => source.publisher.trim().toLowerCase().replace(/\s+/g, ' ')),
  );
  return publishers.size >= 2 ? 'multiple' : 'single';
}
