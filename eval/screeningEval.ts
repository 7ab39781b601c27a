import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ScreeningIndex } from '../src/engine/screening/ScreeningIndex';
import { DEFAULT_SCREENING_THRESHOLD } from '../src/engine/screening/matchThreshold';
import { importScreeningList } from '../src/rules/screening';
import { ordinaryParties } from './ordinaryParties';
import { plantVariants, type PlantedVariant } from './plantedVariants';

// Resolved from the repository root (where npm runs scripts); the bundle's own folder is a cache.
const SNAPSHOT = path.resolve(process.cwd(), '../shared/reference/consolidated_2026-07-31.csv');
const THRESHOLDS = [0.7, 0.75, 0.8, 0.82, 0.85, 0.88, 0.9, 0.95];

export interface ScreeningEvalResult {
  threshold: number;
  recall: number;
  falsePositiveRate: number;
}

/**
 * Screening quality on the real list: recall on planted variants of listed names (each must find
 * its own entry) and the false-positive rate on ordinary, fictitious customers (any hit is false).
 * Prints a sweep over thresholds (how the default was chosen) and the figures at the default.
 * Targets: recall ≥ 98 %, false positives ≤ 1 %.
 */
export function runScreeningEval(): ScreeningEvalResult | null {
  console.log('\n## Screening: recall and false positives (consolidated list snapshot)');
  if (!existsSync(SNAPSHOT)) {
    console.log(`skipped: ${path.relative(process.cwd(), SNAPSHOT)} is not present (reference snapshots live beside the repository)`);
    return null;
  }
  const list = importScreeningList(SNAPSHOT, readFileSync(SNAPSHOT, 'utf8'));
  const index = new ScreeningIndex(list.entries);
  const planted = plantVariants(list.entries, 200);
  const ordinary = ordinaryParties();
  const floor = Math.min(...THRESHOLDS);
  const plantedScores = planted.map((v) => scoreOfOwnEntry(index, v, floor));
  const ordinaryScores = ordinary.map((name) => index.search(name, floor)[0]?.score ?? 0);

  console.log(`${planted.length} planted variants of listed names, ${ordinary.length} ordinary names, ${list.entries.length} list entries`);
  console.log('threshold  recall   false positives');
  for (const t of THRESHOLDS) {
    const r = rate(plantedScores, t);
    const fp = rate(ordinaryScores, t);
    console.log(`${t.toFixed(2).padStart(9)}  ${pct(r).padStart(6)}   ${pct(fp).padStart(6)}${t === DEFAULT_SCREENING_THRESHOLD ? '   ← default' : ''}`);
  }
  const threshold = DEFAULT_SCREENING_THRESHOLD;
  const kinds = [...new Set(planted.map((p) => p.kind))];
  for (const kind of kinds) {
    const scores = plantedScores.filter((_, i) => planted[i].kind === kind);
    console.log(`  ${kind.padEnd(17)} recall ${pct(rate(scores, threshold))} (${scores.length})`);
  }
  const missed = planted.filter((_, i) => plantedScores[i] < threshold).slice(0, Number(process.env.EVAL_SHOW ?? 8));
  for (const m of missed) console.log(`  missed [${m.kind}] "${m.text}" (listed: "${list.entries.find((e) => e.id === m.entryId)?.name}")`);
  const falseHits = ordinary.filter((_, i) => ordinaryScores[i] >= threshold);
  for (const name of falseHits.slice(0, Number(process.env.EVAL_SHOW ?? 8))) console.log(`  false hit "${name}" → "${index.search(name, threshold)[0]?.matchedName}"`);
  const result = { threshold, recall: rate(plantedScores, threshold), falsePositiveRate: rate(ordinaryScores, threshold) };
  console.log(`recall ${pct(result.recall)} [target ≥ 98%], false positives ${pct(result.falsePositiveRate)} [target ≤ 1%] at threshold ${threshold}`);
  return result;
}

function scoreOfOwnEntry(index: ScreeningIndex, v: PlantedVariant, floor: number): number {
  return index.search(v.text, floor).find((m) => index.entries[m.entry].id === v.entryId)?.score ?? 0;
}

function rate(scores: readonly number[], threshold: number): number {
  return scores.length ? scores.filter((s) => s >= threshold).length / scores.length : 0;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
