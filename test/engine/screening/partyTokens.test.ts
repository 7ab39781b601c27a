import { partyTokens } from '../../../src/engine/screening/partyTokens';

describe('partyTokens', () => {
  it.each([
    ['Maple Tools Ltd.', 'MAPLE TOOLS LIMITED'],
    ['Quillon Microsystems Co., Ltd.', 'Quillon Microsystems Company Limited'],
    ['Acme Inc', 'ACME INCORPORATED'],
    ['Acme Corp.', 'Acme Corporation'],
    ['Borealis OOO', 'Borealis LLC'],
    ['Borealis L.L.C.', 'Borealis Limited Liability Company'],
    ['Karsk PJSC', 'Karsk OAO'],
    ['Karsk JSC', 'Karsk Joint Stock Company'],
    ['Müller Präzision GmbH', 'MULLER PRAZISION G.m.b.H.'],
    ['Straße Werke', 'Strasse Werke'],
    ["O'Brien & Sons", 'OBrien and Sons'],
    ['Acme Limitd', 'Acme Ltd'],
  ])('"%s" reads as "%s"', (a, b) => {
    expect(partyTokens(a)).toEqual(partyTokens(b));
  });

  it('keeps the identifying words, in order', () => {
    expect(partyTokens('The Beijing Garden Technology Co., Ltd.')).toEqual(['beijing', 'garden', 'technology']);
  });

  it('keeps a name made only of legal-form words, so it can still be matched', () => {
    expect(partyTokens('Company Limited')).toEqual(['company', 'limited']);
  });
});
