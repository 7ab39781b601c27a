import { checkCas } from '../../../src/engine';

// CAS's check digit: each digit but the last times its position from the right, summed, mod 10.
describe('checkCas', () => {
  test.each([
    ['7664-39-3', 'hydrogen fluoride (1C350.d.15)'],
    ['111-48-8', 'thiodiglycol (1C350.b.22)'],
    ['1342789-47-2', 'a seven-digit first part (1C350.d.24)'],
    ['67-64-1', 'acetone'],
  ])('%s is valid (%s)', (cas) => {
    expect(checkCas(cas)).toEqual({ kind: 'valid', cas });
  });

  test('a wrong check digit is caught and the right one named', () => {
    // 7664-39: 9·1 + 3·2 + 4·3 + 6·4 + 6·5 + 7·6 = 123 → 3
    const r = checkCas('7664-39-4');
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') expect(r.reason).toContain('should be 3');
  });

  test('transposed digits are caught', () => {
    expect(checkCas('111-84-8').kind).toBe('invalid');
  });

  test.each(['7664393', '7664-39', 'abc-de-f', '1-11-1', ''])('"%s" is not a CAS number', (text) => {
    expect(checkCas(text).kind).toBe('invalid');
  });

  test('a "CAS No." prefix and spaces are forgiven; leading zeros dropped', () => {
    expect(checkCas('CAS No. 7664-39-3')).toEqual({ kind: 'valid', cas: '7664-39-3' });
    expect(checkCas('C.A.S. # 0067-64-1')).toEqual({ kind: 'valid', cas: '67-64-1' });
  });
});
