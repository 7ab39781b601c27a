import type { Determination } from '../Determination';
import { normalizeHeader } from './headerSynonyms';

/**
 * EARmark's own block of output columns, written directly right of the data. The headers are
 * prefixed so that a re-run recognises its block (and never mistakes "EARmark ECCN" for the
 * analyst's "ECCN" column).
 */
export const OUTPUT_HEADERS = [
  'EARmark ECCN',
  'EARmark Basis',
  'EARmark Reasons for Control',
  'EARmark License',
  'EARmark License Exceptions',
  'EARmark Screening',
  'EARmark Warnings',
  'EARmark Status',
] as const;

export const OUTPUT_WIDTH = OUTPUT_HEADERS.length;

const OUTPUT_KEYS = new Set(OUTPUT_HEADERS.map(normalizeHeader));

/** True for a header EARmark wrote (so header mapping skips it). */
export function isOutputHeader(text: string): boolean {
  return OUTPUT_KEYS.has(normalizeHeader(text));
}

/** 0-based column of an existing output block in a header row: where its first header stands, or -1. */
export function findOutputBlock(headerCells: readonly string[]): number {
  const first = normalizeHeader(OUTPUT_HEADERS[0]);
  return headerCells.findIndex((h) => normalizeHeader(h) === first);
}

const LICENSE_LABEL: Record<Determination['licenseRequirement'], string> = {
  NLR: 'NLR',
  LICENSE_REQUIRED: 'LICENSE REQUIRED',
  PROHIBITED: 'PROHIBITED',
  NOT_DETERMINED: 'NOT DETERMINED',
};

/** The License cell: the outcome, its grounds, and — for NLR — that NLR is not a clearance. */
export function licenseCellText(d: Determination): string {
  const label = LICENSE_LABEL[d.licenseRequirement];
  const grounds = d.licenseReasons.length ? ` (${d.licenseReasons.join(', ')})` : '';
  if (d.licenseRequirement === 'NLR') {
    return `NLR${grounds} on the CCL and Country Chart only; end-user and end-use checks still apply`;
  }
  return `${label}${grounds}${d.destination ? ` for ${d.destination}` : ''}`;
}

/** Output cells for one row, in OUTPUT_HEADERS order. Every cell is text that cannot start a formula. */
export function outputCells(d: Determination): string[] {
  const cells = [
    d.eccn ?? '',
    d.basis,
    d.reasonsForControl.join(', '),
    licenseCellText(d),
    d.licenseExceptions.join(', '),
    d.screening.map((h) => `${h.name} [${h.list}] ${Math.round(h.score * 100)}%`).join('; '),
    d.warnings.map((w) => `${w.code}: ${w.message} (${w.citation})`).join('\n'),
    d.status,
  ];
  return cells.map(neutralizeFormula);
}

/**
 * Spreadsheet programs evaluate a cell that starts with = + - @ (or tab / carriage return in CSV)
 * as a formula. EARmark's output is never a formula, so such text gets the single-quote prefix
 * that OWASP recommends against CSV injection; Excel treats it as a text marker.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
