import type { PackIndex } from '../pack/PackIndex';
import type { Destination, DestinationScope, DestinationSelector } from '../pack/RulesPack';

export interface ScopeResult {
  /** true: the row names this destination; false: it does not; 'refer': another provision decides. */
  inScope: boolean | 'refer';
  /** The ground to report when it applies: a chart column ("NS1") or the reason alone. */
  ground: string;
  /** Why, with the regulation it rests on. */
  citation: string;
}

const CHART = '15 CFR 738 Supp. 1';

/**
 * Decides whether a licence-requirement row's destination scope covers `dest`. `chartRow` is the
 * Country Chart row that governs it (China's for Hong Kong).
 */
export function destinationInScope(
  scope: DestinationScope,
  reason: string,
  dest: Destination,
  chartRow: Destination,
  index: PackIndex,
): ScopeResult {
  switch (scope.kind) {
    case 'column': {
      const marked = chartRow.marks.includes(scope.column);
      return {
        inScope: marked,
        ground: scope.column,
        citation: `${CHART}: ${chartRow.name}, ${scope.column} ${marked ? 'X' : 'no X'}`,
      };
    }
    case 'worldwide': {
      const except = scope.exceptCountries ?? [];
      const excluded = except.includes(dest.code) || except.includes(chartRow.code);
      return {
        inScope: !excluded,
        ground: reason,
        citation: `${reason} applies to every destination${except.length ? ` except ${except.join(', ')}` : ''}`,
      };
    }
    case 'countries': {
      const named = scope.countries.includes(dest.code) || scope.countries.includes(chartRow.code);
      return { inScope: named, ground: reason, citation: `${reason} applies to ${scope.countries.join(', ')}` };
    }
    case 'groups': {
      const codes = [dest.code, chartRow.code];
      const inGroups =
        codes.some((c) => scope.groups.some((g) => index.inGroup(c, g))) ||
        codes.some((c) => scope.plusCountries?.includes(c));
      const excluded =
        codes.some((c) => scope.exceptGroups?.some((g) => index.inGroup(c, g))) ||
        codes.some((c) => scope.exceptCountries?.includes(c));
      const named = [...scope.groups, ...(scope.plusCountries ?? [])].join(', ');
      const except = [...(scope.exceptGroups ?? []), ...(scope.exceptCountries ?? [])];
      return {
        inScope: inGroups && !excluded,
        ground: reason,
        citation: `${reason} applies to ${named}${except.length ? ` excluding ${except.join(', ')}` : ''} (15 CFR 740 Supp. 1)`,
      };
    }
    case 'section': {
      const citation = `15 CFR ${scope.citation.replace(/^15 CFR /, '')}: ${scope.summary}`;
      if (scope.onlyFor && !selects(scope.onlyFor, dest, chartRow, index)) {
        return { inScope: false, ground: reason, citation: `${citation} (does not reach ${dest.name})` };
      }
      return { inScope: 'refer', ground: reason, citation };
    }
  }
}

function selects(selector: DestinationSelector, dest: Destination, chartRow: Destination, index: PackIndex): boolean {
  for (const d of [dest, chartRow]) {
    if (selector.countries?.includes(d.code)) return true;
    if (selector.footnotes?.some((n) => d.footnotes.includes(n))) return true;
    if (selector.groups?.some((g) => index.inGroup(d.code, g))) return true;
  }
  return false;
}
