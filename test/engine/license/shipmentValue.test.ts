import { parseMoney } from '../../../src/engine/license/shipmentValue';

describe('parseMoney', () => {
  it.each([
    [1200.5, 1200.5],
    ['1,200.50', 1200.5],
    ['$1,200.50', 1200.5],
    ['USD 500', 500],
    ['500 USD', 500],
    ['42', 42],
  ])('reads %p', (cell, usd) => {
    expect(parseMoney(cell)).toEqual({ kind: 'value', usd });
  });
  it.each(['1.200,50', 'n/a', '#N/A', '-5', 'about 100'])('refuses %p rather than misreading it', (cell) => {
    expect(parseMoney(cell).kind).toBe('unreadable');
  });
  it('treats blanks as no value', () => {
    expect(parseMoney(null)).toEqual({ kind: 'none' });
    expect(parseMoney('')).toEqual({ kind: 'none' });
  });
});
