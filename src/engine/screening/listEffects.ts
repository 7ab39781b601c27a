import type { LicenseRequirement, ScreeningHit, Warning } from '../Determination';
import { warning } from '../warnings';
import type { ScreeningEntry } from './ScreeningList';

/** What a run has concluded so far for a row; each hit adds to it. */
export interface ScreeningDraft {
  licenseRequirement: LicenseRequirement;
  licenseReasons: string[];
  licenseExceptions: string[];
  warnings: Warning[];
  citations: string[];
  basis: string[];
}

export interface HitContext {
  /** The row's ECCN (null: none), for the Entity List's and the MEU List's item scope. */
  eccn: string | null;
  /** ECCNs listed in Supp. No. 2 to Part 744, when the caller supplies them. */
  meuItems: ReadonlySet<string> | null;
}

const AGENCIES: Readonly<Record<string, { agency: string; citation: string }>> = {
  SDN: { agency: "the Treasury Department's Office of Foreign Assets Control (OFAC)", citation: '31 CFR Chapter V; 15 CFR 744.8, 744.12–744.14' },
  SSI: { agency: 'OFAC (Sectoral Sanctions directives)', citation: '31 CFR Part 589' },
  CMIC: { agency: 'OFAC (Chinese Military-Industrial Complex sanctions)', citation: 'E.O. 13959, as amended' },
  'NS-MBS': { agency: 'OFAC (menu-based sanctions)', citation: '31 CFR Chapter V' },
  PLC: { agency: 'OFAC', citation: '31 CFR Chapter V' },
  CAP: { agency: 'OFAC (correspondent and payable-through accounts)', citation: '31 CFR Chapter V' },
  DTC: { agency: "the State Department's Directorate of Defense Trade Controls (ITAR debarment)", citation: '22 CFR 127.7' },
  ISN: { agency: "the State Department's Bureau of International Security and Nonproliferation", citation: 'State Department nonproliferation sanctions' },
};

const RANK: Readonly<Record<LicenseRequirement, number>> = { NLR: 0, NOT_DETERMINED: 1, LICENSE_REQUIRED: 2, PROHIBITED: 3 };

function atLeast(current: LicenseRequirement, floor: LicenseRequirement): LicenseRequirement {
  return RANK[current] >= RANK[floor] ? current : floor;
}

function add(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

function describe(hit: ScreeningHit, listName: string): string {
  const fr = hit.federalRegisterNotice ? `, ${hit.federalRegisterNotice}` : '';
  const alias = hit.listedName && hit.listedName !== hit.name ? ` (alias of "${hit.listedName}")` : '';
  return `${hit.role === 'consignee' ? 'Consignee' : 'End user'} "${hit.party}" matches "${hit.name}"${alias} on the ${listName} (score ${Math.round(hit.score * 100)}%${fr})`;
}

/**
 * How far an Entity List entry's licence requirement reaches. Most entries say "all items subject
 * to the EAR" (possibly with a carve-out, quoted to the user); some reach only CCL items, or items
 * in named projects, which EARmark cannot settle from the row alone.
 */
export function entityListReach(requirement: string | null, eccn: string | null): 'all' | 'this-item' | 'unsettled' {
  const text = requirement ?? '';
  if (/all items subject to the EAR/i.test(text) && !/\bwhen used in\b/i.test(text)) return 'all';
  if (/items (on|listed on) the CCL/i.test(text) && eccn && !/^EAR99$/i.test(eccn)) return 'this-item';
  return 'unsettled';
}

/** Folds one list hit into the draft: the list's legal effect, its warning, its citations. */
export function applyListHit(draft: ScreeningDraft, hit: ScreeningHit, entry: ScreeningEntry, ctx: HitContext): void {
  switch (entry.list) {
    case 'DPL': {
      draft.licenseRequirement = 'PROHIBITED';
      add(draft.licenseReasons, 'DENIED_PERSON');
      draft.licenseExceptions = [];
      const msg = `${describe(hit, 'Denied Persons List')}: a denial order prohibits taking part in any transaction with this party (General Prohibition 4). No licence exception applies.`;
      draft.warnings.push(warning('DENIED_PERSON', msg, '15 CFR 736.2(b)(4); Part 764, Supp. No. 2'));
      add(draft.citations, '15 CFR 736.2(b)(4)');
      draft.basis.push(`Prohibited: ${msg}`);
      return;
    }
    case 'EL': {
      const reach = entityListReach(entry.licenseRequirement, ctx.eccn);
      const terms = `Licence requirement: "${entry.licenseRequirement ?? 'not stated in the list'}". Licence review policy: "${entry.licensePolicy ?? 'not stated in the list'}".`;
      if (reach === 'unsettled') {
        const msg = `${describe(hit, 'Entity List')}. ${terms} Whether this item falls within the entry's requirement cannot be told from the row: check it before shipping.`;
        draft.warnings.push(warning('ENTITY_LIST', msg, '15 CFR 744.11; 744.16; Supp. No. 4 to Part 744'));
        draft.basis.push(msg);
      } else {
        draft.licenseRequirement = atLeast(draft.licenseRequirement, 'LICENSE_REQUIRED');
        add(draft.licenseReasons, 'ENTITY_LIST');
        draft.licenseExceptions = [];
        const msg = `${describe(hit, 'Entity List')}: a licence is required and no licence exception may be used (744.16(b)). ${terms}`;
        draft.warnings.push(warning('ENTITY_LIST', msg, '15 CFR 744.11; 744.16; Supp. No. 4 to Part 744'));
        draft.basis.push(msg);
      }
      add(draft.citations, '15 CFR 744.11');
      add(draft.citations, '15 CFR Part 744, Supp. No. 4');
      return;
    }
    case 'UVL': {
      draft.licenseExceptions = [];
      const msg = `${describe(hit, 'Unverified List')}: no licence exception may be used, and a UVL statement must be obtained from the party before shipping (744.15(b)).`;
      draft.warnings.push(warning('UNVERIFIED_LIST', msg, '15 CFR 744.15; Supp. No. 6 to Part 744'));
      add(draft.citations, '15 CFR 744.15');
      draft.basis.push(msg);
      return;
    }
    case 'MEU': {
      const base = ctx.eccn?.toUpperCase().replace(/\..*$/, '') ?? null;
      const listed = base !== null && ctx.meuItems?.has(base) === true;
      let msg: string;
      if (listed) {
        draft.licenseRequirement = atLeast(draft.licenseRequirement, 'LICENSE_REQUIRED');
        add(draft.licenseReasons, 'MILITARY_END_USER');
        draft.licenseExceptions = [];
        msg = `${describe(hit, 'Military End-User List')}: ${base} is listed in Supp. No. 2 to Part 744, so a licence is required (only License Exception GOV, 740.11(b)(2)(i)–(ii), remains).`;
      } else {
        msg = `${describe(hit, 'Military End-User List')}: a licence is required for any item listed in Supp. No. 2 to Part 744; ${ctx.meuItems ? `${base ?? 'this item'} is not among the items supplied` : 'check whether this item is listed there'}.`;
      }
      draft.warnings.push(warning('MILITARY_END_USER', msg, '15 CFR 744.21; Supp. No. 7 to Part 744'));
      add(draft.citations, '15 CFR 744.21');
      draft.basis.push(msg);
      return;
    }
    default: {
      const who = AGENCIES[entry.list] ?? { agency: 'the agency that publishes that list', citation: entry.source };
      const msg = `${describe(hit, entry.source)}: consult ${who.agency} before proceeding; this list is not administered under the EAR.`;
      draft.warnings.push(warning('OTHER_AGENCY_LIST', msg, who.citation));
      draft.basis.push(msg);
    }
  }
}
