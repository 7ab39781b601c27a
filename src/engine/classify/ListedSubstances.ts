import type { CatalogRow } from '../catalog/CatalogRow';
import { checkCas, CAS_IN_TEXT } from './casNumber';
import type { ListedAgent, ListedChemical } from './ClassificationRules';
import { containsSequence, normalizePhrase, sequenceOf, type RowText } from './rowText';

export interface CasReading {
  valid: string[];
  invalid: Array<{ text: string; reason: string }>;
}

interface Named<T> {
  phrase: string;
  /** The vocabulary numbers of its words, and the highest of them. */
  words: Int32Array;
  maxId: number;
  item: T;
}

/**
 * The chemicals (1C350, 1C355) and agents (1C351) the CCL lists by CAS number or by name, indexed
 * once. Names are indexed by their first word (its vocabulary number), so a row is compared only
 * with names that could start at one of its words.
 */
export class ListedSubstances {
  private readonly byCas = new Map<string, ListedChemical>();
  private readonly chemicalNames: Array<Array<Named<ListedChemical>> | undefined> = [];
  private readonly agentNames: Array<Array<Named<ListedAgent>> | undefined> = [];

  constructor(chemicals: readonly ListedChemical[], agents: readonly ListedAgent[]) {
    for (const c of chemicals) {
      this.byCas.set(c.cas, c);
      index(this.chemicalNames, c.name, c);
    }
    for (const a of agents) for (const n of a.names) index(this.agentNames, n, a);
  }

  chemicalByCas(cas: string): ListedChemical | undefined {
    return this.byCas.get(cas);
  }

  /** The longest listed chemical name in the text ("triethanolamine hydrochloride" over "triethanolamine"). */
  chemicalByName(text: RowText): ListedChemical | undefined {
    return longest(this.chemicalNames, text)?.item;
  }

  agentByName(text: RowText): { agent: ListedAgent; phrase: string } | undefined {
    const hit = longest(this.agentNames, text);
    return hit && { agent: hit.item, phrase: hit.phrase };
  }
}

function index<T>(byFirstWord: Array<Array<Named<T>> | undefined>, name: string, item: T): void {
  const phrase = normalizePhrase(name);
  if (!phrase) return;
  const words = sequenceOf(phrase);
  (byFirstWord[words[0]] ??= []).push({ phrase, words, maxId: Math.max(...words), item });
}

/** The name occurs in the text (by word numbers, or by its words for a text read before they were numbered). */
function holds<T>(text: RowText, n: Named<T>): boolean {
  return n.maxId < text.known ? containsSequence(text.ids, n.words) : text.padded.includes(` ${n.phrase} `);
}

function longest<T>(byFirstWord: ReadonlyArray<Array<Named<T>> | undefined>, text: RowText): Named<T> | undefined {
  let best: Named<T> | undefined;
  const ids = text.ids;
  for (let i = 0; i < ids.length; i++) {
    const list = ids[i] < 0 ? undefined : byFirstWord[ids[i]];
    if (!list) continue;
    for (const n of list) {
      if ((!best || n.phrase.length > best.phrase.length) && holds(text, n)) best = n;
    }
  }
  return best;
}

/** Every CAS number the row gives: the CAS column, attribute columns named "CAS…", and the description. */
const HAS_CAS_SHAPE = /\d-\d\d-\d/;
const CAS_HEADER = /\bcas\b|c\.a\.s/i;

function hasCasColumn(row: CatalogRow): boolean {
  for (const header in row.attributes) if (CAS_HEADER.test(header)) return true;
  return false;
}

const NO_CAS: CasReading = Object.freeze({ valid: [], invalid: [] }) as unknown as CasReading;

export function readCasNumbers(row: CatalogRow): CasReading {
  // Most rows give no CAS number anywhere: answer without allocating.
  if (!row.casNumber && !(row.description && HAS_CAS_SHAPE.test(row.description)) && !hasCasColumn(row)) return NO_CAS;
  const texts: string[] = [];
  if (row.casNumber) texts.push(...row.casNumber.split(/[;,/]|\s{2,}/));
  for (const header in row.attributes) if (CAS_HEADER.test(header)) texts.push(...row.attributes[header].split(/[;,/]/));
  const found = new Set<string>();
  const out: CasReading = { valid: [], invalid: [] };
  const take = (t: string) => {
    const trimmed = t.trim();
    if (!trimmed || found.has(trimmed)) return;
    found.add(trimmed);
    const check = checkCas(trimmed);
    if (check.kind === 'valid') {
      if (!out.valid.includes(check.cas)) out.valid.push(check.cas);
    } else out.invalid.push({ text: trimmed, reason: check.reason });
  };
  texts.forEach(take);
  // Most descriptions hold no "nn-nn-n" at all: test once before collecting matches.
  if (row.description && HAS_CAS_SHAPE.test(row.description)) for (const m of row.description.matchAll(CAS_IN_TEXT)) take(m[1]);
  return out;
}
