import type { Determination } from '../../engine';
import type { MatrixCell } from '../../excel/matrixSheet';

/** One matrix cell from a determination: short text to scan a row by, and the reasons for its note. */
export function matrixCellOf(d: Determination): MatrixCell {
  const grounds = d.licenseReasons.filter((r) => r !== 'EMBARGO');
  const reasons = [d.basis, ...d.warnings.filter((w) => w.severity !== 'info').map((w) => `${w.code}: ${w.message} (${w.citation})`)].join('\n');
  switch (d.licenseRequirement) {
    case 'PROHIBITED':
      return { code: 'PROHIBITED', text: 'PROHIBITED', reasons };
    case 'LICENSE_REQUIRED':
      if (d.licenseReasons.includes('EMBARGO')) return { code: 'EMB', text: 'EMB', reasons };
      return { code: 'LIC', text: grounds.length ? `LIC (${grounds.join(', ')})` : 'LIC', reasons };
    case 'NLR':
      return { code: 'NLR', text: 'NLR', reasons: '' };
    default:
      return { code: '?', text: '?', reasons };
  }
}
