import type { RulesPack } from '../engine/pack/RulesPack';
import { canonicalJson, hashedPart } from './canonicalJson';
import { checkIntegrity } from './checkIntegrity';
import { PackError } from './PackError';
import { rulesPackSchema } from './schema';
import { sha256Hex } from './sha256';

/**
 * Validate a rules pack (the bundled one, or one a user supplies) and return it typed.
 *
 * Three gates, in order, each refusing the whole pack: the schema (shape and formats), the
 * sha256 recorded in `meta.sha256` (the facts are exactly those the pack was built with), and
 * referential integrity (every code, group, footnote and ECCN referred to exists). A pack that
 * fails any gate throws `PackError`; a half-valid pack is never returned.
 */
export function loadPack(input: unknown): RulesPack {
  const parsed = rulesPackSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new PackError('Rules pack refused: it does not match the pack schema', problems);
  }
  const pack: RulesPack = parsed.data;

  const recorded = pack.meta.sha256;
  if (!recorded) throw new PackError('Rules pack refused: meta.sha256 is missing, so its facts cannot be verified', []);
  const actual = sha256Hex(canonicalJson(hashedPart(pack)));
  if (actual !== recorded) {
    throw new PackError('Rules pack refused: its contents do not match meta.sha256 (was it edited after it was built?)', [
      `recorded ${recorded.slice(0, 12)}…, computed ${actual.slice(0, 12)}…`,
    ]);
  }

  const problems = checkIntegrity(pack);
  if (problems.length) throw new PackError('Rules pack refused: broken references', problems);
  return pack;
}
