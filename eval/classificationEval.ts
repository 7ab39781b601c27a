import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { RuleClassifier, type CatalogRow } from '../src/engine';
import { bundledPack } from '../src/rules';

/** One eval row's outcome: what the catalog row expects and what the classifier said. */
export interface EvalOutcome {
  id: string;
  description: string;
  expected: string;
  /** The ECCN the rules set (source "rule"), or NEEDS_REVIEW. */
  predicted: string;
  citation: string;
}

export interface ClassificationEvalResult {
  rows: number;
  /** Rows whose outcome equals the expected one (an ECCN, or NEEDS_REVIEW), over all rows. */
  overallAccuracy: number;
  /** Correct ECCNs over the rows the rules covered (set an ECCN for). */
  accuracy: number;
  /** Share of rows given an ECCN rather than sent to review. */
  coverage: number;
  /** Rows where the rules set an ECCN that is not the expected one (including rows expected to need review). */
  confidentlyWrong: number;
  /** Rows with an expected ECCN that the rules sent to review (honest misses). */
  sentToReview: number;
  wrong: EvalOutcome[];
  missed: EvalOutcome[];
}

// run-ts bundles into node_modules/.cache and runs from the project root.
const FIXTURE = path.resolve(process.cwd(), 'test', 'fixtures', 'classification-eval.csv');

/** A fixture line as a catalog row: attributes written "Header=Value; Header=Value". */
export function evalRowOf(record: Record<string, string>, index: number): CatalogRow {
  const attributes: Record<string, string> = {};
  for (const pair of (record.attributes ?? '').split(';')) {
    const [k, ...v] = pair.split('=');
    if (k.trim() && v.length) attributes[k.trim()] = v.join('=').trim();
  }
  return {
    row: index + 2, partNumber: record.id ?? null, description: record.description || null,
    eccn: record.eccn_entered || null, destination: null, endUser: null, endUse: null,
    value: null, quantity: null, casNumber: record.cas_no || null, attributes,
  };
}

export function loadEvalFixture(): Array<Record<string, string>> {
  return parse(readFileSync(FIXTURE, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
}

/**
 * Runs the classifier over test/fixtures/classification-eval.csv (catalog-style rows written from
 * the CCL's criteria, each citing the paragraph it exercises) and prints accuracy, coverage and
 * the confidently wrong rows. A confident wrong ECCN is the product's worst failure: the target is 0.
 */
export function runClassificationEval(print = true): ClassificationEvalResult {
  const classifier = new RuleClassifier(bundledPack());
  const outcomes: EvalOutcome[] = loadEvalFixture().map((record, i) => {
    const identity = classifier.identify(evalRowOf(record, i));
    return {
      id: record.id, description: record.description, expected: record.expected, citation: record.citation,
      predicted: identity.source === 'rule' && identity.eccn ? identity.eccn : 'NEEDS_REVIEW',
    };
  });
  const covered = outcomes.filter((o) => o.predicted !== 'NEEDS_REVIEW');
  const wrong = covered.filter((o) => o.predicted !== o.expected);
  const missed = outcomes.filter((o) => o.predicted === 'NEEDS_REVIEW' && o.expected !== 'NEEDS_REVIEW');
  const result: ClassificationEvalResult = {
    rows: outcomes.length,
    overallAccuracy: outcomes.filter((o) => o.predicted === o.expected).length / outcomes.length,
    accuracy: covered.length ? (covered.length - wrong.length) / covered.length : 0,
    coverage: covered.length / outcomes.length,
    confidentlyWrong: wrong.length,
    sentToReview: missed.length,
    wrong,
    missed,
  };
  if (print) printResult(result);
  return result;
}

function printResult(r: ClassificationEvalResult): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log('\n## Classification eval (test/fixtures/classification-eval.csv)');
  console.log(`rows: ${r.rows}`);
  console.log(`accuracy on covered rows: ${pct(r.accuracy)}  [target ≥ 95%]`);
  console.log(`coverage (ECCN set, not sent to review): ${pct(r.coverage)}`);
  console.log(`overall accuracy (ECCN or NEEDS_REVIEW as expected): ${pct(r.overallAccuracy)}`);
  console.log(`confidently wrong: ${r.confidentlyWrong}  [target 0]`);
  console.log(`expected an ECCN but sent to review: ${r.sentToReview}`);
  for (const o of r.wrong) console.log(`  WRONG #${o.id} "${o.description}": rules ${o.predicted}, expected ${o.expected} (${o.citation})`);
  for (const o of r.missed) console.log(`  review #${o.id} "${o.description}": expected ${o.expected} (${o.citation})`);
}
