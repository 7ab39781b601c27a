import type { Determination, EccnSource, LicenseRequirement, PackMeta, RowStatus } from '../engine';

/** The --json document: one per run, the CLI's public contract. */
export interface JsonReport {
  rulesVersion: string;
  effectiveDate: string;
  rows: JsonRow[];
}

export interface JsonRow {
  /** 1-based sheet row; for CSV the record's first line (header and title lines counted). */
  row: number;
  partNumber: string | null;
  eccn: string | null;
  eccnSource: EccnSource;
  reasonsForControl: string[];
  destination: string | null;
  licenseRequirement: LicenseRequirement;
  licenseReasons: string[];
  licenseExceptions: string[];
  warnings: Array<{ code: string; message: string; citation: string }>;
  screening: Array<{ name: string; list: string; score: number }>;
  status: RowStatus;
}

/**
 * Builds the --json document. Fields are picked one by one, so a field added to Determination
 * (e.g. the internal warning severity, basis, citations) never leaks into the contract unnoticed.
 */
export function toJsonReport(meta: Pick<PackMeta, 'version' | 'effectiveDate'>, results: readonly Determination[]): JsonReport {
  return {
    rulesVersion: meta.version,
    effectiveDate: meta.effectiveDate,
    rows: results.map((d) => ({
      row: d.row,
      partNumber: d.partNumber,
      eccn: d.eccn,
      eccnSource: d.eccnSource,
      reasonsForControl: [...d.reasonsForControl],
      destination: d.destination,
      licenseRequirement: d.licenseRequirement,
      licenseReasons: [...d.licenseReasons],
      licenseExceptions: [...d.licenseExceptions],
      warnings: d.warnings.map((w) => ({ code: w.code, message: w.message, citation: w.citation })),
      screening: d.screening.map((h) => ({ name: h.name, list: h.list, score: h.score })),
      status: d.status,
    })),
  };
}
