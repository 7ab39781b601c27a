/**
 * CAS Registry Numbers: up to ten digits in three parts (2–7, 2, 1), the last a check digit.
 * The check digit is the sum of each other digit times its position counted from the right
 * (1 for the rightmost), modulo 10 — CAS's own rule, so a mistyped number is caught before it is
 * looked up (and never "found on no list").
 */
export type CasCheck =
  | { kind: 'valid'; cas: string }
  | { kind: 'invalid'; text: string; reason: string };

const CAS_SHAPE = /^(\d{2,7})-(\d{2})-(\d)$/;
/** A CAS number inside free text ("CAS 7664-39-3", "C.A.S. #76-93-7"). */
export const CAS_IN_TEXT = /\b(\d{2,7}-\d{2}-\d)\b/g;

export function checkCas(text: string): CasCheck {
  const cleaned = text.trim().replace(/^c\.?a\.?s\.?\s*(no\.?|number|#)?\s*:?\s*/i, '').replace(/\s+/g, '');
  const m = CAS_SHAPE.exec(cleaned);
  if (!m) return { kind: 'invalid', text, reason: 'not in the form 2–7 digits, 2 digits, 1 check digit (e.g. 7664-39-3)' };
  const digits = m[1] + m[2];
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[digits.length - 1 - i]) * (i + 1);
  if (sum % 10 !== Number(m[3])) {
    return { kind: 'invalid', text, reason: `its check digit should be ${sum % 10}, not ${m[3]}` };
  }
  return { kind: 'valid', cas: `${Number(m[1])}-${m[2]}-${m[3]}` };
}
