import { z } from 'zod';
import { PARAMETER_UNITS, type ParameterName } from '../engine/classify/ClassificationRules';
import { CHART_COLUMNS, type ChartColumn, type RulesPack } from '../engine/pack/RulesPack';

/**
 * The zod schema of a rules pack. Its inferred type is checked against the engine's `RulesPack`
 * at the bottom of this file, so the two cannot drift apart silently.
 *
 * Structural rules only (types, formats, non-empty strings). Cross-references — a group member
 * that is not a destination, a duplicate ECCN — are checked by `checkIntegrity` in loadPack.ts,
 * because zod reports them poorly and they need the whole pack in view.
 */


// zod v4 compiles validators with `new Function` when it may; the pane's Content-Security-Policy
// forbids that (and logs a violation each time zod probes). Validation without compiling is fast
// enough for a pack loaded once.
z.config({ jitless: true });

const text = z.string().trim().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const chartColumn = z.enum(CHART_COLUMNS as unknown as [ChartColumn, ...ChartColumn[]]);
/** A destination code: ISO alpha-2, or an EARmark code such as "UA-43" / "UA-DNR". */
const destinationCode = z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{2,4})?$/, 'expected a destination code like "DE" or "UA-43"');
/** "3A001", "0A501", "9A610"; the CCL's five-character form. */
const eccn = z.string().regex(/^[0-9][A-E][0-9]{3}$/, 'expected an ECCN like "3A001"');
/** A reason-for-control symbol: "NS", "CB", "UN", "SL" … */
const reason = z.string().regex(/^[A-Z]{2,3}$/, 'expected a reason symbol like "NS"');
const groupId = z.string().regex(/^(A:[1-6]|B|D:[1-5]|E:[12])$/, 'expected a Country Group id like "D:1"');
/** A paragraph id below the ECCN: "b.4.b", "a", "z.1.a". */
const paragraphId = z.string().regex(/^[a-z0-9]+(\.[a-z0-9]+)*$/, 'expected a paragraph id like "b.4.b"');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits');

export const packSourceSchema = z.object({ name: text, citation: text, asOf: isoDate });

export const packMetaSchema = z.object({
  id: text,
  version: text,
  effectiveDate: isoDate,
  sources: z.array(packSourceSchema).min(1),
  sha256: sha256.optional(),
});

export const destinationSchema = z.object({
  code: destinationCode,
  name: text,
  iso2: z.string().regex(/^[A-Z]{2}$/).optional(),
  iso3: z.string().regex(/^[A-Z]{3}$/).optional(),
  aliases: z.array(text),
  marks: z.array(chartColumn),
  footnotes: z.array(z.number().int().min(1)),
  governedBy: z.object({ code: destinationCode, citation: text }).optional(),
  embargoedRow: z.boolean().optional(),
});

export const ambiguousNameSchema = z.object({ name: text, candidates: z.array(destinationCode).min(2) });

export const countryGroupSchema = z.object({
  id: groupId,
  title: text,
  members: z.array(destinationCode).min(1),
  citation: text,
});

export const chartFootnoteSchema = z.object({
  n: z.number().int().min(1),
  summary: text,
  citation: text,
  effect: z
    .object({
      eccns: z.array(text).min(1),
      exceptEccns: z.array(text).optional(),
      conditions: z.record(z.string(), text).optional(),
      destinations: z.array(destinationCode).min(1),
      reason,
      column: chartColumn.optional(),
    })
    .optional(),
});

const paragraphList = z.array(paragraphId).min(1);

export const paragraphScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entire') }),
  z.object({ kind: z.literal('entireExcept'), paragraphs: paragraphList }),
  z.object({ kind: z.literal('paragraphs'), paragraphs: paragraphList }),
  z.object({ kind: z.literal('condition'), paragraphs: paragraphList.optional(), condition: text }),
]);

export const destinationScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('column'), column: chartColumn }),
  z.object({ kind: z.literal('worldwide'), exceptCountries: z.array(destinationCode).optional() }),
  z.object({ kind: z.literal('countries'), countries: z.array(destinationCode).min(1) }),
  z.object({
    kind: z.literal('groups'),
    groups: z.array(groupId).min(1),
    plusCountries: z.array(destinationCode).optional(),
    exceptGroups: z.array(groupId).optional(),
    exceptCountries: z.array(destinationCode).optional(),
  }),
  z.object({
    kind: z.literal('section'),
    citation: text,
    summary: text,
    onlyFor: z
      .object({
        footnotes: z.array(z.number().int().min(1)).optional(),
        groups: z.array(groupId).optional(),
        countries: z.array(destinationCode).optional(),
      })
      .optional(),
  }),
]);

export const licenseRequirementRowSchema = z.object({
  reason,
  appliesTo: paragraphScopeSchema,
  destinations: destinationScopeSchema,
  note: text.optional(),
  citation: text.optional(),
});

export const licenseExceptionRuleSchema = z.object({
  symbol: z.string().regex(/^[A-Z]{3}$/, 'expected a licence exception symbol like "LVS"'),
  available: z.boolean(),
  valueLimitUsd: z.number().int().positive().optional(),
  appliesTo: paragraphScopeSchema,
  exceptReasons: z.array(reason).optional(),
  condition: text.optional(),
});

export const cclParagraphSchema = z.object({
  id: paragraphId,
  status: z.enum(['reserved', 'removed']).optional(),
});

export const cclEntrySchema = z.object({
  eccn,
  title: z.string().trim().min(3).max(120),
  reasons: z.array(reason),
  licenseRequirements: z.array(licenseRequirementRowSchema),
  exceptions: z.array(licenseExceptionRuleSchema),
  paragraphs: z.array(cclParagraphSchema).optional(),
  special: z.array(z.enum(['600-series', '9x515', 'itar-reference', 'removed', 'reserved'])).optional(),
  keywords: z.array(text).optional(),
  citation: text,
});

export const embargoRuleSchema = z.object({
  id: text,
  destinations: z.array(destinationCode).min(1),
  scope: z.enum(['all-items', 'ccl-items', 'ccl-and-listed-ear99']),
  ear99: text,
  summary: text,
  citation: text,
});

export const allDestinationsEntrySchema = z.object({
  eccn,
  paragraphs: z.array(paragraphId).optional(),
  noLicenseExceptions: z.boolean(),
  note: text,
  citation: text,
});

export const licenseExceptionDefinitionSchema = z.object({
  symbol: z.string().regex(/^[A-Z]{3}$/),
  title: text,
  citation: text,
});

// ---------- classification rules (src/engine/classify/ClassificationRules.ts) ----------

/** An ECCN paragraph a rule concludes ("6A003.b.4.b", "5A992.c") or EAR99. */
const eccnOrEar99 = z.string().regex(/^(EAR99|[0-9][A-E][0-9]{3}(\.[a-z0-9]+)*)$/, 'expected an ECCN paragraph like "6A003.b.4.b" or EAR99');
/** A rule may also point outside the EAR: "USML" (a review rule only; checked in checkIntegrity). */
const ruleEccn = z.union([eccnOrEar99, z.literal('USML')]);
const parameterName = z.enum(Object.keys(PARAMETER_UNITS) as [ParameterName, ...ParameterName[]]);

export const ruleConditionSchema = z.union([
  z.object({ fact: z.literal('text'), operator: z.literal('hasAny'), value: z.array(text).min(1) }),
  z.object({ fact: parameterName, operator: z.enum(['gt', 'gte', 'lt', 'lte', 'eq']), value: z.number() }),
]);

export const classificationRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9.-]+$/, 'expected an id like "sensors.thermal-camera"'),
  family: text,
  eccn: ruleEccn,
  outcome: z.enum(['propose', 'review']),
  priority: z.number().int().min(0).max(100),
  criteria: text,
  citation: text,
  when: z
    .object({
      all: z.array(ruleConditionSchema).optional(),
      any: z.array(ruleConditionSchema).optional(),
      none: z.array(ruleConditionSchema).optional(),
    })
    .refine((w) => [...(w.all ?? []), ...(w.any ?? [])].some((c) => c.fact === 'text'), 'a rule needs at least one word condition (all or any)'),
  requires: z.array(parameterName).optional(),
  note: text.optional(),
});

export const listedChemicalSchema = z.object({
  cas: z.string().regex(/^\d{2,7}-\d{2}-\d$/, 'expected a CAS number like 7664-39-3'),
  name: text,
  eccn: eccnOrEar99,
  mixtureThresholdPct: z.number().min(0).max(100),
  exclusive: z.boolean().optional(),
  citation: text,
});

export const listedAgentSchema = z.object({
  names: z.array(text).min(1),
  eccn: eccnOrEar99,
  qualified: z.boolean().optional(),
  citation: text,
});

export const eccnMarkerSchema = z.object({ id: text, phrases: z.array(text).min(1), meaning: text, citation: text });

export const classificationDataSchema = z.object({
  rules: z.array(classificationRuleSchema),
  chemicals: z.array(listedChemicalSchema),
  agents: z.array(listedAgentSchema),
  markers: z.array(eccnMarkerSchema),
  ear99Blockers: z.array(text),
  mixtureWords: z.array(text),
});

export const rulesPackSchema = z.object({
  meta: packMetaSchema,
  destinations: z.array(destinationSchema).min(1),
  ambiguousNames: z.array(ambiguousNameSchema),
  countryGroups: z.array(countryGroupSchema).min(1),
  chartFootnotes: z.array(chartFootnoteSchema),
  ccl: z.array(cclEntrySchema).min(1),
  embargoes: z.array(embargoRuleSchema),
  allDestinationsEntries: z.array(allDestinationsEntrySchema),
  licenseExceptions: z.array(licenseExceptionDefinitionSchema),
  classification: classificationDataSchema.optional(),
});

export type RulesPackInput = z.infer<typeof rulesPackSchema>;

// Compile-time proof that what the schema accepts is a RulesPack. If RulesPack gains a required
// field the schema lacks (or a type narrows), this line stops the build.
const _schemaProducesRulesPack: RulesPack = {} as RulesPackInput;
void _schemaProducesRulesPack;
