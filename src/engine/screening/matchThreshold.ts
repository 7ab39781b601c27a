/**
 * The score from which a listed name is reported as a hit. Chosen by `npm run eval` on the
 * 2026-07-31 list (1,200 planted variants of listed names, 500 ordinary names): recall and false
 * positives hold both targets (≥ 98 %, ≤ 1 %) from 0.80 to 0.88; 0.85 sits mid-plateau, below a
 * one-typo match's 0.9 and above what one distinctive word shared with extra words reaches.
 */
export const DEFAULT_SCREENING_THRESHOLD = 0.85;
