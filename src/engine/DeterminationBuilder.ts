import type { EccnSource, LicenseRequirement, Warning } from './Determination';
import type { LicenseCore } from './LicenseCore';
import { warning, type WarningCode } from './warnings';

/** Collects the findings for one ECCN × destination pair in the order they are made. */
export class DeterminationBuilder {
  eccn: string | null = null;
  eccnSource: EccnSource = 'none';
  reasonsForControl: string[] = [];
  destination: string | null = null;
  licenseRequirement: LicenseRequirement = 'NOT_DETERMINED';
  readonly licenseReasons: string[] = [];
  exceptions: string[] = [];
  lvsLimit: number | null = null;
  exceptionsApply = false;
  private readonly warnings: Warning[] = [];
  private readonly citations: string[] = [];
  private readonly basis: string[] = [];

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

  finish(): LicenseCore {
    return {
      eccn: this.eccn,
      eccnSource: this.eccnSource,
      reasonsForControl: this.reasonsForControl,
      destination: this.destination,
      licenseRequirement: this.licenseRequirement,
      licenseReasons: this.licenseReasons,
      exceptions: this.exceptions,
      lvsLimit: this.lvsLimit,
      exceptionsApply: this.exceptionsApply,
      warnings: this.warnings,
      citations: this.citations,
      basis: this.basis,
      basisText: this.basis.join(' '),
    };
  }
}
