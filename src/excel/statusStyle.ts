/**
 * Colours of a row's output cells by status: Excel's own Good / Bad / Neutral cell styles, so
 * they read as familiar Office colours and keep the text legible (dark text on a light fill).
 */
import type { RowStatus } from '../engine';

export interface StatusStyle {
  fill: string;
  font: string;
}

export const STATUS_STYLE: Readonly<Record<RowStatus, StatusStyle>> = {
  CLEAR: { fill: '#C6EFCE', font: '#006100' },
  FLAGGED: { fill: '#FFC7CE', font: '#9C0006' },
  NEEDS_REVIEW: { fill: '#FFEB9C', font: '#9C5700' },
};
