import type { EccnSource, Warning } from '../Determination';

/**
 * Which ECCN a row is determined against, and why: the analyst's own (input), a reviewer's
 * override, a rule's proposal, or none. Produced by an ItemClassifier before licensing.
 */
export interface ItemIdentity {
  /** The ECCN (or "EAR99") text to determine against; null when there is none to use. */
  eccn: string | null;
  source: EccnSource;
  /** Sentences explaining the ECCN, placed before the licence basis. */
  basis: string[];
  warnings: Warning[];
  citations: string[];
}

/** Decides which ECCN a row is determined against. */
export interface ItemClassifier {
  identify(row: import('../catalog/CatalogRow').CatalogRow): ItemIdentity;
}
