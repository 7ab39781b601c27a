import { paragraphWithin } from '../eccn/parseEccn';
import type { ParagraphScope } from '../pack/RulesPack';

/**
 * Whether a row of an entry reaches the item. 'depends' when the ECCN was given at a coarser level
 * than the row distinguishes, or when the row turns on a condition the engine cannot check.
 */
export type Reach = 'yes' | 'no' | 'depends';

/** Does paragraph `p` (null = entry level) fall under the scope? */
export function reachOf(scope: ParagraphScope, p: string | null): Reach {
  switch (scope.kind) {
    case 'entire':
      return 'yes';
    case 'entireExcept':
      if (scope.paragraphs.length === 0) return 'yes';
      if (p === null) return 'depends';
      if (scope.paragraphs.some((s) => paragraphWithin(p, s))) return 'no';
      return scope.paragraphs.some((s) => paragraphWithin(s, p)) ? 'depends' : 'yes';
    case 'paragraphs':
      return reachOfList(scope.paragraphs, p);
    case 'condition':
      if (scope.paragraphs && scope.paragraphs.length > 0 && reachOfList(scope.paragraphs, p) === 'no') return 'no';
      return 'depends';
  }
}

function reachOfList(paragraphs: readonly string[], p: string | null): Reach {
  if (p === null) return 'depends';
  if (paragraphs.some((s) => paragraphWithin(p, s))) return 'yes';
  // Given "b", a row for "b.2" may or may not reach the item.
  return paragraphs.some((s) => paragraphWithin(s, p)) ? 'depends' : 'no';
}

/** Words for a scope, for the Basis column. */
export function describeScope(scope: ParagraphScope, eccn: string): string {
  switch (scope.kind) {
    case 'entire':
      return `all of ${eccn}`;
    case 'entireExcept':
      return `${eccn} except ${scope.paragraphs.map((p) => `.${p}`).join(', ')}`;
    case 'paragraphs':
      return scope.paragraphs.map((p) => `${eccn}.${p}`).join(', ');
    case 'condition':
      return scope.condition;
  }
}
