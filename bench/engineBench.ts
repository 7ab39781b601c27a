import { Engine, InputEccnClassifier, type CatalogRow, type RulesPack } from '../src/engine';
import { bundledPack } from '../src/rules';
import { fmt, heading, measureRate, timeOnce } from './measure';

/**
 * ECCN × destination determinations per second on one core (issue target: ≥ 1,000,000/s), with
 * destinations spelled as catalogs spell them, so the figure includes name resolution and the
 * Basis text. Two figures: a catalog-like stream, where pairs repeat as they do in real catalogs
 * (the engine memoizes a pair's answer), and the cold path, where every pair is new. These measure
 * licensing: the analyst's ECCN is taken as given (InputEccnClassifier). The full engine, which
 * also checks each row's ECCN against the classification rules, is measured after them.
 */
export function benchEngine(): void {
  heading('Engine: ECCN × destination determinations');
  const load = timeOnce(() => bundledPack());
  const pack = load.value;
  console.log(`rules pack ${pack.meta.version} (effective ${pack.meta.effectiveDate}) validated in ${load.ms.toFixed(0)} ms`);
  const build = timeOnce(() => new Engine(pack));
  console.log(`engine indexes built in ${build.ms.toFixed(1)} ms`);

  const eccns = allEccns(pack);
  const places = pack.destinations.flatMap((d) => [d.name, d.iso2 ?? d.name]);
  console.log(`${fmt(eccns.length)} ECCNs/paragraphs × ${fmt(places.length)} destination spellings`);

  // Catalog-like: 10,000 distinct pairs (a large catalog's products × its customers' countries).
  const catalog = rowsOf(200_000, (i) => {
    const pair = (i * 7919) % 10_000;
    return [eccns[(pair * 31) % eccns.length], places[(pair * 17) % places.length]];
  });
  const licensingOnly = { classifier: new InputEccnClassifier() };
  const engine = new Engine(pack, licensingOnly);
  const warm = measureRate(catalog.length, () => {
    for (const r of catalog) engine.determine(r);
  });
  console.log(`catalog-like stream (10,000 distinct pairs): ${fmt(warm.perSecond)} determinations/s  [target ≥ 1,000,000]`);

  // Cold: every row a pair the engine has not seen (a fresh engine per batch).
  const cold = rowsOf(50_000, (i) => [eccns[i % eccns.length], places[(i * 104729) % places.length]]);
  const coldRate = measureRate(cold.length, () => {
    const fresh = new Engine(pack, licensingOnly);
    for (const r of cold) fresh.determine(r);
  });
  console.log(`cold path (every pair new): ${fmt(coldRate.perSecond)} determinations/s`);

  const full = new Engine(pack);
  const fullRate = measureRate(catalog.length, () => {
    for (const r of catalog) full.determine(r);
  });
  console.log(`full engine (classification check + licensing), catalog-like stream: ${fmt(fullRate.perSecond)} rows/s`);
}

function allEccns(pack: RulesPack): string[] {
  const list = pack.ccl.flatMap((e) => [e.eccn, ...(e.paragraphs ?? []).filter((p) => !p.status).map((p) => `${e.eccn}.${p.id}`)]);
  list.push('EAR99');
  return list;
}

function rowsOf(n: number, pick: (i: number) => [string, string]): CatalogRow[] {
  const rows: CatalogRow[] = [];
  for (let i = 0; i < n; i++) {
    const [eccn, destination] = pick(i);
    rows.push({
      row: i + 2, partNumber: `P${i}`, description: null, eccn, destination, endUser: i % 3 ? null : 'Acme GmbH',
      endUse: null, value: i % 2 ? 1200 : null, quantity: null, casNumber: null, attributes: {},
    });
  }
  return rows;
}
