// Fallback titles for ECCNs that have no hand-written title: the CCL heading is compressed into
// our own short phrasing (stock phrases replaced, qualifiers dropped, ≤ 90 characters). The build
// then checks that no title reproduces a run of the heading's words (see sharesLongRun).
const RULES = [
  [/\(see list of items control+ed\)\.?/gi, ''],
  [/\(these items are subject to the ITAR[^)]*\)\.?/gi, '(ITAR-controlled)'],
  [/,?\s*as follows:?\.?/gi, ''],
  [/[“”"‘’']/g, ''],
  [/\bAny (commodity|material|software|technology) subject to the EAR that is not listed elsewhere in the CCL, but which is controlled for export because.*$/i, 'Temporarily controlled $1 (0x521 list, Supp. 5 to Part 774)'],
  [/^Technology according to the General Technology Note for the development or production of/i, 'Know-how to develop or make'],
  [/^Technology according to the General Technology Note for the development of/i, 'Know-how to develop'],
  [/^Technology according to the General Technology Note for the production of/i, 'Know-how to make'],
  [/^Technology according to the General Technology Note for the use of/i, 'Know-how to use'],
  [/^Technology according to the General Technology Note for/i, 'Know-how for'],
  [/^Technology required for the development, production, operation, installation, maintenance, repair, overhaul,? or refurbishing of/i, 'Know-how to build, run and repair'],
  [/^Technology required for the development or production of/i, 'Know-how to develop or make'],
  [/^Technology (specially designed or modified )?for the development, production,? or use of/i, 'Know-how to develop, make or use'],
  [/^Technology for the development or production of/i, 'Know-how to develop or make'],
  [/^Technology for the use of/i, 'Know-how to use'],
  [/^Technology/i, 'Know-how'],
  [/^Software specially designed or modified for the development, production,? or use of/i, 'Programs to develop, make or use'],
  [/^Software specially designed for the development, production, operation,? or maintenance of/i, 'Programs to develop, make, run or maintain'],
  [/^Software specially designed for the development or production of/i, 'Programs to develop or make'],
  [/^Software specially designed or modified for the use of/i, 'Programs to operate'],
  [/^Software (specially designed )?for the development, production,? or use of/i, 'Programs to develop, make or use'],
  [/^Software/i, 'Programs'],
  [/^Test, inspection, and production equipment and related commodities,?( not enumerated on the USML,)? specially designed for the development,? (or )?production(, repair, overhaul, or refurbishing)? of/i, 'Test and production gear for'],
  [/^Test, inspection,? and production equipment/i, 'Test and production gear'],
  [/^Specific Processing Equipment, (n\.e\.s\., )?as Follows/i, 'Listed processing equipment (n.e.s.)'],
  [/^Specific processing equipment, n\.e\.s\./i, 'Listed processing equipment (n.e.s.)'],
  [/Items on the Wassenaar Arrangement Munitions List/i, 'Wassenaar munitions-list items'],
  [/Equipment on the Wassenaar Arrangement Munitions List/i, 'Wassenaar munitions-list equipment'],
  [/\bspecially designed\b/gi, 'purpose-built'],
  [/\bparts,? (and )?components\b/gi, 'parts'],
  [/\bcomponents\b/gi, 'parts'],
  [/\bcommodities controlled by\b/gi, 'items in'],
  [/\bitems controlled by\b/gi, 'items in'],
  [/\bequipment controlled by\b/gi, 'equipment in'],
  [/\bcontrolled by\b/gi, 'in'],
  [/\bother than (those|that) (controlled |specified |described )?(by|in) /gi, 'beyond '],
  [/\bnot controlled by\b/gi, 'outside'],
  [/\bhaving (all|any|both) of the following( characteristics)?( described in (this ECCN|the List of Items Controlled))?\b/gi, 'meeting set limits'],
  [/\bcapable of\b/gi, 'able to'],
  [/\bthe development, production,? or use of\b/gi, 'developing, making or using'],
  [/\bthe development or production of\b/gi, 'developing or making'],
  [/\bthe development of\b/gi, 'developing'],
  [/\bthe production of\b/gi, 'making'],
  [/\bn\.e\.s\.?/gi, '(n.e.s.)'],
  [/\s+/g, ' '],
  [/\s+([,.;:)])/g, '$1'],
  [/[,;:\s.]+$/g, ''],
];

export function rewordHeading(heading) {
  let t = heading;
  for (const [re, to] of RULES) t = t.replace(re, to);
  t = t.trim();
  if (t.length > 90) {
    const cut = t.slice(0, 86);
    t = `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:(]+$/, '')} …`;
  }
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const words = (s) => s.toLowerCase().replace(/[“”"‘’']/g, '').replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean);

/** True when the title repeats `n` or more consecutive words of the heading. */
export function sharesLongRun(title, heading, n = 8) {
  const h = words(heading).join(' ');
  const w = words(title);
  for (let i = 0; i + n <= w.length; i++) if (` ${h} `.includes(` ${w.slice(i, i + n).join(' ')} `)) return true;
  return false;
}
