// Licence-exception rules from the CCL's "List Based License Exceptions" flags (raw text →
// structured rules). Unclear texts become a rule with a generic condition of our own.
import { parseParagraphList, mentionedParagraphs } from './parseParagraphRefs.mjs';

const REASONS = new Set(['NS', 'NP', 'MT', 'CB', 'CW', 'RS', 'CC', 'FC', 'AT', 'UN', 'EI', 'SL', 'SI', 'FP']);
const dollars = (s) => Number(s.replace(/[$,]/g, ''));

function naReasonsAndParagraphs(text, eccn) {
  const reasons = new Set();
  const paragraphs = new Set();
  let complex = false;
  for (const m of text.matchAll(/N\/A for ([^;]*)/gi)) {
    const parts = m[1].replace(/\.$/, '').split(/\s*(?:,|\band\b)\s*/).map((p) => p.trim()).filter(Boolean);
    for (const p of parts) {
      if (REASONS.has(p.replace(/\s+items$/, ''))) reasons.add(p.replace(/\s+items$/, ''));
      else {
        const list = parseParagraphList(p, eccn);
        if (list) list.forEach((x) => paragraphs.add(x));
        else complex = true;
      }
    }
  }
  return { reasons: [...reasons], paragraphs: [...paragraphs], complex };
}

function generic(symbol, eccn, text) {
  const p = mentionedParagraphs(text, eccn);
  const scope = { kind: 'condition', condition: `Limited as the ${eccn} ${symbol} paragraph states` };
  if (p.length) scope.paragraphs = p;
  return scope;
}

export function parseLvs(eccn, raw) {
  const text = raw.replace(/\s+/g, ' ').trim();
  const amounts = [...text.matchAll(/\$\s?([\d,]+)/g)].map((m) => dollars(m[1]));
  if (!amounts.length) {
    if (/^N\/A\.?$/i.test(text)) return [{ symbol: 'LVS', available: false, appliesTo: { kind: 'entire' } }];
    if (/^Yes\.?$/i.test(text)) return [{ symbol: 'LVS', available: true, appliesTo: { kind: 'entire' } }];
    const na = naReasonsAndParagraphs(text, eccn);
    if (na.reasons.length && !na.paragraphs.length && !na.complex) return [{ symbol: 'LVS', available: false, appliesTo: { kind: 'entire' }, exceptReasons: na.reasons }];
    return [{ symbol: 'LVS', available: false, appliesTo: generic('LVS', eccn, text) }];
  }
  const na = naReasonsAndParagraphs(text, eccn);
  const rules = [];
  if (amounts.length === 1) {
    const after = text.match(/\$\s?[\d,]+\.?\s*(?:for\s+(?:items in\s+)?([^;,]*(?:,\s*\.?[a-z][^;,]*)*))?/i);
    const forList = after && after[1] ? parseParagraphList(after[1], eccn) : null;
    const rule = { symbol: 'LVS', available: true, valueLimitUsd: amounts[0], appliesTo: { kind: 'entire' } };
    if (forList) rule.appliesTo = { kind: 'paragraphs', paragraphs: forList };
    else if (after && after[1] && after[1].trim()) rule.appliesTo = generic('LVS', eccn, text);
    else if (na.complex) rule.appliesTo = generic('LVS', eccn, text);
    else if (na.paragraphs.length) rule.appliesTo = { kind: 'entireExcept', paragraphs: na.paragraphs };
    if (na.reasons.length) rule.exceptReasons = na.reasons;
    rules.push(rule);
    if (na.paragraphs.length && !na.complex) rules.push({ symbol: 'LVS', available: false, appliesTo: { kind: 'paragraphs', paragraphs: na.paragraphs } });
    return rules;
  }
  // Several amounts: one rule per "$N for LIST" / "$N: LIST" segment.
  for (const m of text.matchAll(/\$\s?([\d,]+)\s*(?:for|:)?\s*([^;$]*)/g)) {
    const list = parseParagraphList(m[2].replace(/\b(all other items|through)\b.*$/i, '').trim(), eccn);
    const rule = { symbol: 'LVS', available: true, valueLimitUsd: dollars(m[1]) };
    rule.appliesTo = list ? { kind: 'paragraphs', paragraphs: list } : generic('LVS', eccn, m[0]);
    if (na.reasons.length) rule.exceptReasons = na.reasons;
    rules.push(rule);
  }
  if (na.paragraphs.length && !na.complex) rules.push({ symbol: 'LVS', available: false, appliesTo: { kind: 'paragraphs', paragraphs: na.paragraphs } });
  return rules;
}

export function parseYesNo(symbol, eccn, raw) {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (/^N\/A\.?$/i.test(text) || /^No\.?$/i.test(text)) return [{ symbol, available: false, appliesTo: { kind: 'entire' } }];
  if (/^Yes\.?$/i.test(text)) return [{ symbol, available: true, appliesTo: { kind: 'entire' } }];
  const yesFor = text.match(/^Yes,?\s+(?:for\s+)?(.*)$/i);
  if (yesFor) {
    const exc = yesFor[1].match(/^except\s+(?:for\s+)?(.*)$/i);
    if (exc) {
      const list = parseParagraphList(exc[1], eccn);
      return [{ symbol, available: true, appliesTo: list ? { kind: 'entireExcept', paragraphs: list } : generic(symbol, eccn, text) }];
    }
    const list = parseParagraphList(yesFor[1], eccn);
    return [{ symbol, available: true, appliesTo: list ? { kind: 'paragraphs', paragraphs: list } : generic(symbol, eccn, text) }];
  }
  if (/^N\/A\b/i.test(text)) {
    const na = naReasonsAndParagraphs(text, eccn);
    if (na.reasons.length && !na.complex && !na.paragraphs.length) return [{ symbol, available: true, appliesTo: { kind: 'entire' }, exceptReasons: na.reasons }];
    if (na.paragraphs.length && !na.complex && !na.reasons.length) return [{ symbol, available: true, appliesTo: { kind: 'entireExcept', paragraphs: na.paragraphs } }];
    return [{ symbol, available: false, appliesTo: generic(symbol, eccn, text) }];
  }
  // STA and similar restriction texts: available, but not everywhere for everything.
  const rule = { symbol, available: true, appliesTo: generic(symbol, eccn, text) };
  if (symbol === 'STA') rule.condition = 'STA is restricted for some paragraphs or destinations of this entry (740.20)';
  return [rule];
}

export function parseExceptions(eccn, flags) {
  const out = [];
  for (const [symbol, raw] of Object.entries(flags ?? {})) {
    if (!raw || !String(raw).trim()) continue;
    out.push(...(symbol === 'LVS' ? parseLvs(eccn, String(raw)) : parseYesNo(symbol, eccn, String(raw))));
  }
  return out;
}
