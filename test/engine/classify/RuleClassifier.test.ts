import { Engine, InputEccnClassifier, RuleClassifier, type CatalogRow } from '../../../src/engine';
import { bundledPack } from '../../../src/rules';
import { rowOf } from '../rowOf';

const pack = bundledPack();
const classifier = new RuleClassifier(pack);
const identify = (facts: Partial<CatalogRow>) => classifier.identify(rowOf(facts));
/** The ECCN the rules set, or "review" when they send the row to review. */
const proposal = (description: string, facts: Partial<CatalogRow> = {}) => {
  const id = identify({ description, ...facts });
  return id.source === 'rule' ? id.eccn : 'review';
};
const codes = (facts: Partial<CatalogRow>) => identify(facts).warnings.map((w) => w.code);

describe('thresholds, either side (the CCL figure itself included where the text says "or more")', () => {
  test('6A003.b.4.b Note 3.a: a microbolometer camera at 9 Hz or less is 6A993.a, above 9 Hz 6A003.b.4.b', () => {
    expect(proposal('Thermal camera, uncooled microbolometer 640x512, 9 Hz')).toBe('6A993.a');
    expect(proposal('Thermal camera, uncooled microbolometer 640x512, 9.1 Hz')).toBe('6A003.b.4.b');
    expect(proposal('Thermal camera, uncooled microbolometer 640x512', { attributes: { 'Frame rate': '30 Hz' } })).toBe('6A003.b.4.b');
  });

  test('without the frame rate, the camera goes to review naming both candidates', () => {
    const id = identify({ description: 'Thermal camera, uncooled microbolometer 640x512' });
    expect(id.eccn).toBeNull();
    const msg = id.warnings.find((w) => w.code === 'CLASSIFICATION_CANDIDATES')?.message ?? '';
    expect(msg).toContain('6A003.b.4.b');
    expect(msg).toContain('6A993.a');
    expect(msg).toContain('frame rate');
  });

  test('the Basis says which words and figures matched', () => {
    const id = identify({ description: '640×512 microbolometer thermal camera, 30 Hz' });
    expect(id.basis.join(' ')).toMatch(/'microbolometer'.*30 Hz > 9 Hz → 6A003\.b\.4\.b/);
    expect(id.citations[0]).toContain('6A003.b.4.b');
  });

  test('9A012.a.2: endurance of 1 hour or more; a.1: 30 min to under 1 h with gusts of 46.3 km/h (25 knots) or more', () => {
    expect(proposal('Fixed-wing UAV with autopilot, endurance 60 min')).toBe('9A012.a.2');
    expect(proposal('Fixed-wing UAV with autopilot, endurance 59 min, wind resistance 25 knots')).toBe('9A012.a.1');
    expect(proposal('Fixed-wing UAV with autopilot, endurance 59 min, wind resistance 24 knots')).toBe('review');
    expect(proposal('Fixed-wing UAV with autopilot, endurance 29 min, wind resistance 60 km/h')).toBe('review');
  });

  test('3A090.a.1: TPP of 4800 or more; below it a non-datacenter chip is outside .a.2/.b (Note 2)', () => {
    expect(proposal('AI accelerator IC, TPP 4800')).toBe('3A090.a');
    expect(proposal('Gaming GPU, TPP 4799, die area 600 mm2')).toBe('review');
    expect(proposal('Datacenter AI chip, TPP 2000, performance density 5.92')).toBe('3A090.a');
    expect(proposal('Datacenter AI chip, TPP 2000, performance density 5.91')).toBe('3A090.b');
    expect(proposal('Datacenter AI chip, TPP 2000, performance density 3.1')).toBe('review');
  });

  test('3A001.a.1.a: total dose of 5 × 10³ Gy(Si) (500 krad) or more', () => {
    expect(proposal('Rad-hard SRAM, total dose 500 krad(Si)')).toBe('3A001.a.1.a');
    expect(proposal('Rad-hard SRAM, total dose 499 krad(Si)')).toBe('review');
  });

  test('2B001.b.2: five-axis milling at 0.9 µm or better; coarser needs the travel band', () => {
    expect(proposal('5-axis machining center, unidirectional positioning repeatability 0.9 µm')).toBe('2B001.b.2');
    expect(proposal('5-axis machining center, repeatability 1.0 µm, travel 800 mm')).toBe('review');
    expect(proposal('5-axis machining center, repeatability 1.4 µm, travel 1500 mm')).toBe('2B001.b.2');
    expect(proposal('CNC machining center, positioning accuracy 5 µm')).toBe('review');
  });

  test('1C350 mixtures: 30 percent or more by weight is covered, less is not (1C395/1C995)', () => {
    expect(proposal('Triethanolamine 30% solution', { casNumber: '102-71-6' })).toBe('1C350.c.10');
    expect(proposal('Triethanolamine 29% solution', { casNumber: '102-71-6' })).toBe('review');
    // 1C355.a.1.a PFIB: "more than 1 percent".
    expect(proposal('PFIB 1% in nitrogen', { casNumber: '382-21-8' })).toBe('review');
    expect(proposal('PFIB 1.5% in nitrogen', { casNumber: '382-21-8' })).toBe('1C355.a.1.a');
  });

  test('firearms: .50 calibre (12.7 mm) or less is 0A501.a; above and up to .72 is 0A501.b', () => {
    expect(proposal('Bolt-action rifle .50 BMG')).toBe('0A501.a');
    expect(proposal('Single-shot rifle .577 Tyrannosaur')).toBe('0A501.b');
  });

  test('magazines: 17 to 50 rounds 0A501.d, 16 or fewer 0A501.x, over 50 the USML', () => {
    expect(proposal('AR-15 magazine, 17 rounds')).toBe('0A501.d');
    expect(proposal('AR-15 magazine, 16 rounds')).toBe('0A501.x');
    expect(proposal('AR-15 drum magazine, 60 rounds')).toBe('review');
  });

  test('semi-automatic rifles: more than 10 rounds is an 0A506.a feature', () => {
    expect(proposal('Semi-automatic rifle .223 Rem, 11-round magazine')).toBe('0A506.a');
    expect(proposal('Semi-automatic rifle .223 Rem, 10-round magazine')).toBe('0A506.b');
  });

  test('1A005: soft armour below NIJ level III is 1A005.a; level III plates are USML Cat. X', () => {
    expect(proposal('Soft body armor vest NIJ level IIIA')).toBe('1A005.a');
    expect(proposal('Hard armor plate NIJ level III')).toBe('review');
  });
});

describe('lasers (6A005.a): only non-tunable CW lasers in bands where output power alone decides', () => {
  test('6A005.a.4: above 540 nm up to 800 nm, output power exceeding 30 W', () => {
    expect(proposal('CW diode laser 660 nm, output power 30.5 W')).toBe('6A005.a.4');
    expect(proposal('CW diode laser 660 nm, output power 30 W')).toBe('review');
    expect(proposal('CW laser 800 nm, 40 W')).toBe('6A005.a.4');
    expect(proposal('CW laser 801 nm, 40 W')).toBe('review'); // 6A005.a.5: transverse mode decides
    expect(proposal('CW laser 540 nm, 40 W')).toBe('review'); // 6A005.a.3
  });

  test('6A005.a.2: 150 nm to 510 nm, output power exceeding 30 W; argon lasers (Note; 6A205.b) go to review', () => {
    expect(proposal('Continuous wave laser 405 nm, 31 W')).toBe('6A005.a.2');
    expect(proposal('Continuous wave laser 405 nm, 30 W')).toBe('review');
    expect(proposal('Continuous wave laser 150 nm, 31 W')).toBe('6A005.a.2');
    expect(proposal('Argon ion continuous wave laser 488 nm, 45 W')).toBe('review');
  });

  test('pulsed or tunable lasers, or a power figure that is not the output, are never settled by wavelength and power', () => {
    expect(proposal('Pulsed laser 660 nm, 40 W average')).toBe('review');
    expect(proposal('CW laser 660 nm, 40 W', { attributes: { Mode: 'Q-switched' } })).toBe('review');
    expect(proposal('Tunable CW laser 700 nm, 40 W')).toBe('review');
    expect(proposal('CW laser 660 nm 5 W, power consumption 200 W')).toBe('review');
    expect(proposal('CW laser 660 nm, output 25 W, pump power 60 W')).toBe('review');
    expect(proposal('Laser 660 nm, 40 W')).toBe('review'); // CW not stated: 6A005.b may apply
  });

  test('below the thresholds the row is reviewed with 6A995 named, not called EAR99', () => {
    const id = identify({ description: 'CW laser module 450 nm, 5 W' });
    expect(id.eccn).toBeNull();
    expect(id.warnings.find((w) => w.code === 'CLASSIFICATION_CANDIDATES')?.message).toContain('6A995');
  });
});

describe('image intensifier tubes: the microchannel-plate pitch names the candidate, never proposes (USML Cat. XII(e) first)', () => {
  const candidates = (description: string) => identify({ description }).warnings.find((w) => w.code === 'CLASSIFICATION_CANDIDATES')?.message ?? '';
  test('12 µm or less points to 6A002.a.2; above 12 and below 25 µm to 6A992; 25 µm to neither', () => {
    expect(proposal('Image intensifier tube, GaAs photocathode, MCP pitch 12 µm')).toBe('review');
    expect(candidates('Image intensifier tube, GaAs photocathode, MCP pitch 12 µm')).toMatch(/^Needs review; candidates: 6A002\.a\.2 .*XII\(e\)/);
    expect(candidates('Image intensifier tube, S-25 photocathode, MCP pitch 12.5 µm')).toMatch(/^Needs review; candidates: 6A992 /);
    expect(candidates('Image intensifier tube, MCP pitch 24 µm')).toMatch(/^Needs review; candidates: 6A992 /);
    expect(candidates('Image intensifier tube, MCP pitch 25 µm')).not.toMatch(/candidates: 6A992 /);
  });
});

describe('computers with 3A090-level chips (4A090, 5A992.z): candidates named, never proposed', () => {
  const candidates = (description: string) => identify({ description }).warnings.find((w) => w.code === 'CLASSIFICATION_CANDIDATES')?.message ?? '';
  test('a mass-market server names 5A992.z.1; one stated as not mass market names 4A090.a', () => {
    expect(proposal('AI server, 8 GPUs, TPP per GPU 15832, mass market encryption: yes')).toBe('review');
    expect(candidates('AI server, 8 GPUs, TPP per GPU 15832, mass market encryption: yes')).toMatch(/^Needs review; candidates: 5A992\.z\.1/);
    expect(candidates('AI server, 8 GPUs, TPP per GPU 15832, not mass market')).toMatch(/^Needs review; candidates: 4A090\.a/);
    expect(candidates('AI server, 8 GPUs, TPP per GPU 4799, mass market encryption: yes')).not.toContain('5A992.z.1 (');
  });
});

describe('exclusions and notes', () => {
  test('Note 3.c to 6A003.b.4.b (vehicle cameras) is never assumed: review', () => {
    expect(proposal('Automotive thermal camera, microbolometer, 30 Hz, driver assistance')).toBe('review');
  });

  test('Note 2 to 2B001.a: Swiss-type bar machines are not concluded', () => {
    expect(proposal('Swiss-type CNC lathe, 2-axis, bar feed, repeatability 0.8 µm')).toBe('review');
    expect(proposal('CNC lathe, 2-axis, repeatability 0.8 µm')).toBe('2B001.a');
  });

  test('1A005 Note 3: stab-only armour is not 1A005', () => {
    expect(proposal('Stab-resistant vest, knife and spike protection')).toBe('review');
  });

  test('1C351 Note 1: vaccines and test kits are excluded; a qualified paragraph is not guessed', () => {
    expect(proposal('Ricin, purified')).toBe('1C351.d.15');
    expect(proposal('Botulinum toxin diagnostic test kit')).toBe('review');
    expect(proposal('Clostridium perfringens type A culture')).toBe('review');
  });

  test('consumer encryption: the device is 5A992.c, its case is EAR99, a non-mass-market one is not 5A992', () => {
    expect(proposal('Smartphone, 256 GB')).toBe('5A992.c');
    expect(proposal('Smartphone case, leather')).toBe('EAR99');
    expect(proposal('Smartphone', { attributes: { 'Mass market': 'No' } })).toBe('review');
  });

  test('a symmetric key of 56 bits or less is not a described security algorithm', () => {
    expect(proposal('Link encryptor, 56-bit DES, mass market')).toBe('review');
    expect(proposal('Link encryptor, AES-128, mass market')).toBe('5A992.c');
    expect(proposal('Link encryptor, AES-128', { attributes: { 'Mass market': 'No' } })).toBe('5A002.a');
  });

  test('GNSS: commercial receivers 7A994, adaptive antennas 7A005.b, military codes to review (ITAR)', () => {
    expect(proposal('GPS receiver module, L1/L5')).toBe('7A994');
    expect(proposal('GPS receiver with CRPA adaptive antenna')).toBe('7A005.b');
    expect(proposal('GPS receiver, SAASM')).toBe('review');
  });

  test('EAR99 is said only where established: a risk word blocks it', () => {
    expect(proposal('Stainless steel hex bolts M8')).toBe('EAR99');
    expect(proposal('Titanium bolts for aircraft engine mounts')).toBe('review');
    expect(proposal('Acetone', { casNumber: '67-64-1' })).toBe('EAR99');
  });
});

describe('1C350 License Requirements Note 2.b: consumer goods packaged for retail sale', () => {
  const candidates = (description: string) => identify({ description }).warnings.find((w) => w.code === 'CLASSIFICATION_CANDIDATES')?.message ?? '';
  test('a listed chemical below its mixture threshold in a retail consumer product names EAR99 beside 1C995, but is not called EAR99', () => {
    expect(proposal('Toothpaste with sodium fluoride 0.24%, retail tube')).toBe('review');
    expect(candidates('Toothpaste with sodium fluoride 0.24%, retail tube')).toMatch(/1C995 .*EAR99 \(unsettled: 'toothpaste'.*normal ingredient/);
    expect(candidates('Sodium fluoride solution 5%, industrial drum')).not.toContain('EAR99');
  });
});

describe('CAS numbers', () => {
  test('a listed CAS number gives its 1C350 paragraph, from the CAS column or the text', () => {
    expect(proposal('Thiodiglycol', { casNumber: '111-48-8' })).toBe('1C350.b.22');
    expect(proposal('Precursor, CAS 7664-39-3, anhydrous')).toBe('1C350.d.15');
  });

  test('an invalid CAS number warns INVALID_CAS and is never read as "on no list"', () => {
    const id = identify({ description: 'Acetone', casNumber: '67-64-2' });
    expect(id.eccn).toBeNull();
    expect(id.warnings.map((w) => w.code)).toContain('INVALID_CAS');
    expect(id.warnings.find((w) => w.code === 'INVALID_CAS')?.severity).toBe('review');
  });

  test('a Schedule 1 agent is not EAR99 even though its CAS number is on no EAR list', () => {
    expect(proposal('Research chemical', { casNumber: '107-44-8' })).toBe('review');
  });
});

describe('the ECCN cell', () => {
  test.each(['ITAR', 'USML Cat XII', 'NSR', 'not subject to the EAR', 'Not subject'])(
    '"%s" is a marker, not an ECCN: NEEDS_REVIEW, never EAR99',
    (cell) => {
      const id = identify({ description: 'Office chair', eccn: cell });
      expect(id.warnings.map((w) => w.code)).toContain('NOT_SUBJECT_TO_EAR_MARKER');
      expect(id.eccn).not.toBe('EAR99');
    },
  );

  test('the analyst\'s ECCN is kept when the rules disagree, with a warning naming the rules\' ECCN and why', () => {
    const id = identify({ description: 'Thermal camera, microbolometer 640x512, 30 Hz', eccn: 'ear99' });
    expect(id.eccn).toBe('ear99');
    expect(id.source).toBe('input');
    const w = id.warnings.find((x) => x.code === 'ECCN_DISAGREES_WITH_RULES');
    expect(w?.message).toMatch(/6A003\.b\.4\.b.*30 Hz > 9 Hz/);
  });

  test('an analyst ECCN at entry level agrees with the rules\' paragraph', () => {
    expect(codes({ description: 'Thermal camera, microbolometer 640x512, 30 Hz', eccn: '6A003' })).not.toContain('ECCN_DISAGREES_WITH_RULES');
    expect(codes({ description: 'Smartphone', eccn: '5a992.C' })).not.toContain('ECCN_DISAGREES_WITH_RULES');
  });
});

describe('findings', () => {
  test('a finding written as JSON carries its explanation (it is written only when read)', () => {
    const result = classifier.classify(rowOf({ description: 'Thermal camera, uncooled microbolometer 640x512, 30 Hz' }));
    expect(result.kind).toBe('proposed');
    const [finding] = JSON.parse(JSON.stringify(result.kind === 'proposed' ? result.findings : [])) as Array<Record<string, unknown>>;
    expect(finding).toMatchObject({ eccn: '6A003.b.4.b', outcome: 'propose', settled: true });
    expect(finding.explanation).toMatch(/30 Hz > 9 Hz/);
  });
});

describe('keyword candidates never set an ECCN', () => {
  test('a row no rule reaches is NEEDS_REVIEW with candidates and the words that matched', () => {
    const id = identify({ description: 'Acoustic hydrophone array for seabed survey' });
    expect(id.eccn).toBeNull();
    expect(id.source).toBe('none');
    const w = id.warnings.find((x) => x.code === 'NO_RULE_MATCH');
    expect(w?.severity).toBe('review');
    expect(w?.message).toMatch(/matched '/);
  });
});

describe('in the engine', () => {
  test('a pack with classification rules classifies rows; the determination carries the rule\'s ECCN and Basis', () => {
    const engine = new Engine(pack);
    const d = engine.determine(rowOf({ description: 'Bolt-action rifle .308 Win', destination: 'Germany' }));
    expect(d.eccn).toBe('0A501.a');
    expect(d.eccnSource).toBe('rule');
    expect(d.basis).toMatch(/^Non-automatic.*→ 0A501\.a/);
    expect(d.licenseReasons.length).toBeGreaterThan(0);
  });

  test('a row sent to review is NEEDS_REVIEW with the candidates in a warning', () => {
    const d = new Engine(pack).determine(rowOf({ description: 'Thermal camera 640x480 60 Hz', destination: 'Germany' }));
    expect(d.status).toBe('NEEDS_REVIEW');
    expect(d.eccn).toBeNull();
    expect(d.warnings.find((w) => w.code === 'CLASSIFICATION_CANDIDATES')?.message).toContain('6A003.b.4');
  });

  test('rows with different words but the same ECCN and destination share one memoized licence answer', () => {
    const engine = new Engine(pack);
    const a = engine.determine(rowOf({ description: 'Smartphone 128 GB', destination: 'Japan' }));
    const b = engine.determine(rowOf({ description: 'Laptop 14 inch', destination: 'Japan' }));
    expect(a.eccn).toBe('5A992.c');
    expect(b.eccn).toBe('5A992.c');
    expect(a.licenseRequirement).toBe(b.licenseRequirement);
    expect(a.basis).not.toBe(b.basis); // each row keeps its own classification Basis
  });

  test('an explicit classifier still wins over the pack\'s rules', () => {
    const d = new Engine(pack, { classifier: new InputEccnClassifier() }).determine(rowOf({ description: 'Smartphone', destination: 'Japan' }));
    expect(d.eccn).toBeNull();
  });
});
