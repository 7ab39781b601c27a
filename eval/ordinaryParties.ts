/**
 * Ordinary customers, invented for the screening evaluation: plausible company and person names
 * that are on no list. Built as first word × trade word × legal form so that several hundred
 * names cover the generic words ("Technology", "Trading", city names) real customers share with
 * listed parties. Any resemblance to a real company is accidental.
 */
const FIRST = [
  'Maple', 'Harbor', 'Bluewater', 'Northfield', 'Copperleaf', 'Silverline', 'Oakridge', 'Brightstone', 'Redwood',
  'Clearwave', 'Pinecrest', 'Stonebridge', 'Lakeside', 'Ironwood', 'Sunfield', 'Greenvale', 'Westbrook', 'Highland',
  'Riverbend', 'Kestrel', 'Falconer', 'Juniper', 'Willowby', 'Ashford', 'Birchmont', 'Cedarline', 'Dovetail',
  'Elmstead', 'Foxglove', 'Glenmore', 'Hawthorne', 'Larkspur', 'Meadowlark', 'Nettlefield', 'Orchard', 'Quarry',
  'Rosemount', 'Saltmarsh', 'Thistle', 'Upland', 'Verbena', 'Wren', 'Yarrow', 'Zephyr', 'Alder', 'Bramble', 'Coral',
  'Driftwood', 'Emberly', 'Fernhill', 'Garnet', 'Heron', 'Indigo', 'Jasper', 'Kingfisher', 'Lumen', 'Marigold',
  'Nimbus', 'Opal', 'Primrose', 'Quill', 'Rowan', 'Sandpiper', 'Tamarack', 'Umber', 'Vireo', 'Wisteria', 'Beijing Garden',
  'Shanghai Lotus', 'Moscow Birch', 'Dubai Palm', 'Tehran Rose', 'Shenzhen Bamboo', 'Hong Kong Harbour', 'Istanbul Tulip',
];
const TRADE = [
  'Tools', 'Technology', 'Trading', 'International', 'Foods', 'Logistics', 'Electronics', 'Textiles', 'Machinery',
  'Medical Supplies', 'Software', 'Engineering', 'Instruments', 'Packaging', 'Furniture', 'Chemicals', 'Optics',
  'Plastics', 'Ceramics', 'Garden Supplies', 'Automation', 'Industrial Services', 'Precision Parts', 'Solar',
];
const FORMS = ['Ltd', 'Limited', 'Inc.', 'GmbH', 'Co., Ltd.', 'LLC', 'S.A.', 'B.V.', 'Pty Ltd', 'AG', 'Corporation', 'S.r.l.', ''];

const PEOPLE_FIRST = ['Margit', 'Tobias', 'Elodie', 'Henrik', 'Saskia', 'Lorenzo', 'Ingrid', 'Benedikt', 'Annelie', 'Oskar', 'Maren', 'Quentin', 'Rosalind', 'Sebastiaan', 'Thea', 'Ulrike', 'Valentin', 'Wilhelmina', 'Xaver', 'Yvonne'];
const PEOPLE_LAST = ['Vandermeer', 'Oakhurst', 'Lindqvist', 'Brambilla', 'Fairweather', 'Kowalczyk', 'Haverkamp', 'Thornbury', 'Castellano', 'Wilmington'];

export function ordinaryParties(): string[] {
  const names = new Set<string>();
  // Deterministic walk through the combinations: a stride co-prime to each list's length.
  for (let i = 0; names.size < 400 && i < FIRST.length * TRADE.length; i++) {
    const first = FIRST[i % FIRST.length];
    const trade = TRADE[(i * 7) % TRADE.length];
    const form = FORMS[(i * 5) % FORMS.length];
    names.add(`${first} ${trade} ${form}`.trim());
  }
  for (let i = 0; i < PEOPLE_FIRST.length * PEOPLE_LAST.length && names.size < 500; i += 2) {
    names.add(`${PEOPLE_FIRST[i % PEOPLE_FIRST.length]} ${PEOPLE_LAST[Math.floor(i / PEOPLE_FIRST.length)]}`);
  }
  return [...names];
}
