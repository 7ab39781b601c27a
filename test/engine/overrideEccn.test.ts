import { Engine } from '../../src/engine/Engine';
import { InputEccnClassifier } from '../../src/engine/classify/InputEccnClassifier';
import type { ItemClassifier } from '../../src/engine/classify/ItemIdentity';
import type { CatalogRow } from '../../src/engine/catalog/CatalogRow';
import { miniPack } from '../fixtures/miniPack';
import { rowOf } from './rowOf';

const engine = new Engine(miniPack);

test('a reviewer override is determined against instead of the catalog ECCN, with source "override"', () => {
  const plain = engine.determine(rowOf({ eccn: 'EAR99', destination: 'China' }));
  expect(plain.licenseRequirement).toBe('NLR');
  const d = engine.determine(rowOf({ eccn: 'EAR99', destination: 'China', overrideEccn: '3A001' }));
  expect(d.eccn).toBe('3A001');
  expect(d.eccnSource).toBe('override');
  expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
  expect(d.basis).toMatch(/^ECCN 3A001 is a reviewer's override \(the catalog says EAR99\)\./);
});

test('a blank override is no override', () => {
  const d = engine.determine(rowOf({ eccn: '3A001', destination: 'China', overrideEccn: '  ' }));
  expect(d.eccnSource).toBe('input');
});

test('every classifier is overruled, not only the input one', () => {
  const proposing: ItemClassifier = {
    identify: (row: CatalogRow) => ({ ...new InputEccnClassifier().identify(row), eccn: 'EAR99', source: 'rule' }),
  };
  const d = new Engine(miniPack, { classifier: proposing }).determine(rowOf({ destination: 'China', overrideEccn: '3A001' }));
  expect(d).toMatchObject({ eccn: '3A001', eccnSource: 'override' });
});
