import { DestinationIndex } from '../../../src/engine';
import { miniPack } from '../../fixtures/miniPack';

const index = new DestinationIndex(miniPack);
const codeOf = (text: string) => {
  const m = index.resolve(text);
  return m.kind === 'found' ? m.destination.code : m.kind;
};

describe('DestinationIndex', () => {
  it.each([
    ['Germany', 'DE'],
    ['  germany ', 'DE'],
    ['DE', 'DE'],
    ['de', 'DE'],
    ['DEU', 'DE'],
    ['UK', 'GB'],
    ['united kingdom', 'GB'],
    ['Korea, South', 'KR'],
    ['South Korea', 'KR'],
    ['korea south', 'KR'],
    ['Hong Kong', 'HK'],
  ])('resolves %p to %s', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('never guesses an ambiguous name', () => {
    const m = index.resolve('Congo');
    expect(m.kind).toBe('ambiguous');
    if (m.kind === 'ambiguous') expect(m.candidates.map((c) => c.code).sort()).toEqual(['CD', 'CG']);
    expect(index.resolve('KOREA').kind).toBe('ambiguous');
  });

  it('says unknown for names it does not hold', () => {
    expect(index.resolve('Atlantis').kind).toBe('unknown');
    expect(index.resolve('XX').kind).toBe('unknown');
  });
});
