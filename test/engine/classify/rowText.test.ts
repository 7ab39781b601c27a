import { PhraseMatcher, rowTextOf, textOf } from '../../../src/engine/classify/rowText';
import type { CatalogRow } from '../../../src/engine/catalog/CatalogRow';

const row = (description: string, attributes: Record<string, string> = {}): CatalogRow => ({
  row: 2, partNumber: null, description, eccn: null, destination: null, endUser: null, endUse: null,
  value: null, quantity: null, casNumber: null, attributes,
});

describe('RowText and PhraseMatcher', () => {
  it('matches whole words, multi-word phrases and prefixes, across punctuation and attribute columns', () => {
    const m = new PhraseMatcher(['camera', 'thermal imager', 'uncooled*']);
    expect(m.test(rowTextOf(row('Thermal-imager module')))).toBe(true);
    expect(m.test(rowTextOf(row('Core', { Sensor: 'Uncooled-VOx' })))).toBe(true);
    expect(m.test(rowTextOf(row('Cameraman tripod')))).toBe(false);
    expect(m.test(rowTextOf(row('imager, thermal')))).toBe(false);
    expect(m.find(rowTextOf(row('A camera with a thermal imager')))).toBe('camera');
  });

  it('gives the same answer for a text read before other rows (explanations are written later)', () => {
    const m = new PhraseMatcher(['night vision', 'intensifier*', 'goggles']);
    const early = textOf('gen 3 night vision goggles');
    const prefix = textOf('image intensifier tube');
    textOf('something else entirely');
    expect(m.test(early)).toBe(true);
    expect(m.test(prefix)).toBe(true);
    expect(m.find(early)).toBe('goggles');
    expect(m.test(textOf('night shift vision'))).toBe(false);
  });

  it('knows phrases first seen after the text was read', () => {
    const text = textOf('a zyxwvut qponmlk device');
    const later = new PhraseMatcher(['zyxwvut qponmlk', 'qponml*']);
    expect(later.test(text)).toBe(true);
    expect(new PhraseMatcher(['qponmlk']).find(text)).toBe('qponmlk');
  });

  it('reads a row without words', () => {
    const empty = textOf('');
    expect(empty.words).toEqual([]);
    expect(new PhraseMatcher(['x']).test(empty)).toBe(false);
  });
});
