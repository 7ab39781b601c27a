import type { Warning, WarningSeverity } from './Determination';

/**
 * Every warning the engine can raise, by stable code. Codes are a public contract (CLI JSON,
 * workbook text); messages are built where the facts are known.
 */
export const WARNING_CODES = {
  ECCN_MISSING: 'review',
  INVALID_ECCN: 'review',
  UNKNOWN_ECCN: 'review',
  UNKNOWN_PARAGRAPH: 'review',
  RESERVED_PARAGRAPH: 'review',
  MILITARY_ITEM: 'info',
  DESTINATION_MISSING: 'review',
  UNKNOWN_DESTINATION: 'review',
  AMBIGUOUS_DESTINATION: 'review',
  GOVERNED_BY_OTHER_ROW: 'info',
  PARAGRAPH_NEEDED: 'review',
  CONDITION_NOT_CHECKED: 'review',
  SEE_OTHER_SECTION: 'review',
  FOOTNOTE_REQUIREMENT: 'info',
  CHART_FOOTNOTE: 'info',
  EMBARGO: 'flag',
  // Russia/Belarus and Iran: an EAR99 item may need a licence by its HTS code; never left unflagged.
  EAR99_CHECK_HTS: 'flag',
  ALL_DESTINATIONS: 'flag',
  VALUE_UNREADABLE: 'info',
  SCREENING_NOT_PERFORMED: 'info',
  // List screening (src/engine/screening): a listed party or a sensitive end use is never left unflagged.
  DENIED_PERSON: 'flag',
  ENTITY_LIST: 'flag',
  UNVERIFIED_LIST: 'flag',
  MILITARY_END_USER: 'flag',
  OTHER_AGENCY_LIST: 'flag',
  END_USE_NUCLEAR: 'flag',
  END_USE_MISSILE: 'flag',
  END_USE_CHEM_BIO: 'flag',
  END_USE_MILITARY: 'flag',
  END_USE_MILITARY_INTELLIGENCE: 'flag',
  END_USE_ADVANCED_COMPUTING: 'flag',
  RED_FLAG: 'flag',
  // A hit a reviewer marked a false positive (the same party and an unchanged entry): shown, not flagged.
  SCREENING_HIT_SUPPRESSED: 'info',
  // Classification (src/engine/classify): the rules never let a doubtful row pass as settled.
  NO_RULE_MATCH: 'review',
  CLASSIFICATION_CANDIDATES: 'review',
  ECCN_DISAGREES_WITH_RULES: 'review',
  INVALID_CAS: 'review',
  NOT_SUBJECT_TO_EAR_MARKER: 'review',
} as const satisfies Record<string, WarningSeverity>;

export type WarningCode = keyof typeof WARNING_CODES;

export function warning(code: WarningCode, message: string, citation: string): Warning {
  return { code, message, citation, severity: WARNING_CODES[code] };
}
