import { parseEccn } from '../../../src/engine';
import { paragraphWithin } from '../../../src/engine/eccn/parseEccn';

describe('parseEccn', () => {
  it.each([
    ['5A992.c', '5A992', 'c'],
    ['5a992.C', '5A992', 'c'],
    [' 5A992 . c ', '5A992', 'c'],
    ['0A501.a', '0A501', 'a'],
    ['9A610.x', '9A610', 'x'],
    ['6A003.b.4.b', '6A003', 'b.4.b'],
    ['3A090', '3A090', null],
  ])('reads %s', (text, entry, paragraph) => {
    const parsed = parseEccn(text);
    expect(parsed).toMatchObject({ kind: 'eccn', entry, paragraph });
  });

  it.each(['EAR99', 'ear99', 'EAR 99', 'EAR-99'])('reads %s as EAR99', (text) => {
    expect(parseEccn(text).kind).toBe('ear99');
  });

  it.each(['5A99', '5F001', 'EAR-99X', 'ITAR', '12345', '5A992..c', ''])('refuses %s', (text) => {
    expect(parseEccn(text).kind).toBe('invalid');
  });

  it('treats a paragraph as covering its subparagraphs only', () => {
    expect(paragraphWithin('b.4.b', 'b.4')).toBe(true);
    expect(paragraphWithin('b.4', 'b.4')).toBe(true);
    expect(paragraphWithin('b.40', 'b.4')).toBe(false);
    expect(paragraphWithin('b', 'b.4')).toBe(false);
  });
});
