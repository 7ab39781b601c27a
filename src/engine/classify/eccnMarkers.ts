import type { EccnMarker } from './ClassificationRules';
import { hasPhrase, normalizePhrase, wordsOf } from './rowText';

/**
 * Text in an ECCN cell that is a jurisdiction or licensing note rather than an ECCN ("ITAR",
 * "USML Cat XII", "NSR", "not subject to the EAR"). Such a cell is never read as EAR99.
 */
export class EccnMarkers {
  private readonly markers: Array<EccnMarker & { normalized: string[] }>;

  constructor(markers: readonly EccnMarker[]) {
    this.markers = markers.map((m) => ({ ...m, normalized: m.phrases.map(normalizePhrase) }));
  }

  find(cell: string | null): EccnMarker | undefined {
    if (!cell || /^\s*[0-9][a-e][0-9]{3}/i.test(cell) || /^\s*ear\s*99\s*$/i.test(cell)) return undefined;
    const padded = ` ${wordsOf(cell).join(' ')} `;
    return this.markers.find((m) => m.normalized.some((p) => hasPhrase(padded, p)));
  }
}
