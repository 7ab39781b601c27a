import type { CatalogRow } from './catalog/CatalogRow';
import type { Determination, EccnSource, LicenseRequirement, RowStatus, Warning } from './Determination';
import { warning, type WarningCode } from './warnings';

/** Collects one row's findings in the order they are made, then settles its status. */
export class DeterminationBuilder {
  eccn: string | null = null;
  eccnSource: EccnSource = 'none';
  reasonsForControl: string[] = [];
  destination: string | null = null;
  licenseRequirement: LicenseRequirement = 'NOT_DETERMINED';
  readonly licenseReasons: string[] = [];
  licenseExceptions: string[] = [];
  private readonly warnings: Warning[] = [];
  private readonly citations: string[] = [];
  private readonly basis: string[] = [];

  constructor(private readonly row: CatalogRow) {}

  warn(code: WarningCode, message: string, citation: string): void {
    this.warnings.push(warning(code, message, citation));
  }

  cite(citation: string): void {
    if (!this.citations.includes(citation)) this.citations.push(citation);
  }

  explain(sentence: string): void {
    this.basis.push(sentence);
  }

  addReason(ground: string): void {
    if (!this.licenseReasons.includes(ground)) this.licenseReasons.push(ground);
  }

  finish(): Determination {
    return {
      row: this.row.row,
      partNumber: this.row.partNumber,
      eccn: this.eccn,
      eccnSource: this.eccnSource,
      reasonsForControl: this.reasonsForControl,
      destination: this.destination,
      licenseRequirement: this.licenseRequirement,
      licenseReasons: this.licenseReasons,
      licenseExceptions: this.licenseExceptions,
      warnings: this.warnings,
      screening: [],
      status: this.status(),
      basis: this.basis.join(' '),
      citations: this.citations,
    };
  }

  /**
   * FLAGGED: a licence is required or the row is prohibited, or a warning flags it.
   * NEEDS_REVIEW: the rules could not settle the answer. CLEAR: neither — which is not a clearance.
   */
  private status(): RowStatus {
    if (this.licenseRequirement === 'LICENSE_REQUIRED' || this.licenseRequirement === 'PROHIBITED') return 'FLAGGED';
    if (this.warnings.some((w) => w.severity === 'flag')) return 'FLAGGED';
    if (this.licenseRequirement === 'NOT_DETERMINED' || this.eccn === null) return 'NEEDS_REVIEW';
    if (this.warnings.some((w) => w.severity === 'review')) return 'NEEDS_REVIEW';
    return 'CLEAR';
  }
}
