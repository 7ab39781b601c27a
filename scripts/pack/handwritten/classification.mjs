// Classification rules for src/engine/classify (RuleClassifier). Plain data, json-rules-engine
// style: each rule names the ECCN paragraph it concludes, the CCL criteria it checks (our words)
// and the citation they come from. Parameters are read by src/engine/classify/extractParameters.ts
// in canonical units (Hz, µm, W, bits, minutes, km/h, Gy(Si), mm, %, TPP).
//
// Priorities: 95 ITAR/USML signals · 60 listed substances (built from the snapshot) · 50 military/space
// review · 40 parameter rules · 35 consumer encryption · 30 family rules · 20 broad review rules ·
// 5 EAR99 goods · 4 "CAS on no list". The highest priority that applies decides; equal ones must agree.
//
// Thresholds checked against the eCFR text in ../shared/reference (ccl_2026-07-23.json items for
// categories 1, 3, 4, 5; ccl_text_2025.json for 0, 2, 6, 7, 9).

const words = (...value) => ({ fact: 'text', operator: 'hasAny', value });
const p = (fact, operator, value) => ({ fact, operator, value });
const cite = (eccn, extra) => `15 CFR 774 Supp. 1, ECCN ${eccn}${extra ? `; ${extra}` : ''}`;

// ---------- shared word lists ----------
const ENCRYPTION = words('encryption', 'encrypted', 'encrypting', 'encryptor', 'aes', 'aes*', 'tls', 'ssl', 'ipsec', 'vpn', 'cryptographic', 'cryptography', 'cipher', 'wpa2', 'wpa3', 'ssh', 'https');
const SOFTWARE = ['software', 'app', 'mobile app', 'sdk', 'firmware', 'library', 'source code', 'saas'];
const ACCESSORY = ['case', 'cover', 'holder', 'mount', 'stand', 'charger', 'cable', 'protector', 'strap', 'bag', 'sleeve', 'dock', 'adapter', 'battery', 'stylus', 'skin', 'pouch', 'tripod', 'replacement screen', 'keyboard cover'];
const IC = words('gpu', 'gpus', 'graphics processor', 'accelerator', 'ai chip', 'ai accelerator', 'asic', 'tpu', 'npu', 'neural processor', 'integrated circuit', 'processor', 'fpga', 'ic', 'chip', 'soc');
const COMPUTER = ['server', 'servers', 'computer', 'computers', 'workstation', 'supercomputer', 'cluster', 'ai system', 'rack system', 'dgx', 'hgx'];
const AI_HARDWARE = ['gpu', 'gpus', 'accelerator', 'accelerators', 'ai', 'tensor core', 'hgx', 'dgx', 'tpp', 'total processing performance'];
const DATACENTER = ['data center', 'datacenter', 'data centre', 'datacentre', 'hyperscale', 'cloud ai', 'for servers'];
const ELECTRONIC_PART = words('integrated circuit', 'ic', 'microcircuit', 'fpga', 'microprocessor', 'microcontroller', 'asic', 'sram', 'eeprom', 'memory', 'adc', 'dac', 'mcu', 'processor', 'chip', 'transceiver ic', 'voltage regulator', 'op amp');
const CAMERA = words('camera', 'cameras', 'imager', 'thermal core', 'camera core', 'camera module', 'imaging core', 'thermal imager', 'thermal imaging camera');
const MICROBOLOMETER = ['microbolometer', 'microbolometers', 'uncooled', 'vox', 'vanadium oxide', 'amorphous silicon'];
const COOLED = ['cooled', 'insb', 'indium antimonide', 'mct', 'hgcdte', 'mercury cadmium telluride', 't2sl', 'type ii superlattice', 'qwip', 'stirling cooler', 'cryocooler'];
const THERMAL = ['thermal', 'infrared', 'ir', 'lwir', 'mwir', 'swir', 'long wave infrared', 'mid wave infrared'];
const GNSS = words('gps', 'gnss', 'glonass', 'galileo', 'beidou', 'satellite navigation', 'rtk');
const GNSS_DEVICE = words('receiver', 'receivers', 'module', 'navigator', 'tracker', 'chipset', 'board', 'unit', 'handheld', 'rover', 'base station', 'timing');
const ADAPTIVE_ANTENNA = ['adaptive antenna', 'adaptive antennas', 'crpa', 'controlled reception pattern', 'null steering', 'nulling antenna', 'beam steering', 'beamforming antenna', 'anti jam', 'antijam', 'anti jamming'];
const MILITARY_GNSS = ['saasm', 'm code', 'mcode', 'p y code', 'py code', 'military code', 'precise positioning service', 'pps receiver', 'selective availability'];
const UAV = words('uav', 'uavs', 'uas', 'drone', 'drones', 'unmanned aerial', 'unmanned aircraft', 'quadcopter', 'multicopter', 'multirotor', 'hexacopter', 'octocopter', 'rpas', 'vtol uav');
const BEYOND_SIGHT = ['bvlos', 'beyond visual line of sight', 'beyond line of sight', 'waypoint', 'waypoints', 'autopilot', 'autonomous', 'telemetry', 'long range', 'mission planning', 'fpv', 'satellite link', 'c2 link'];
const RIFLE = ['rifle', 'rifles', 'carbine', 'carbines'];
const PISTOL = ['pistol', 'pistols', 'handgun', 'handguns'];
const SEMI = ['semi automatic', 'semi auto', 'semiautomatic', 'self loading', 'autoloading'];
const RIMFIRE = ['rimfire', '22 lr', '22lr', '22 long rifle', '17 hmr', '22 wmr', '22 magnum'];
const RIFLE_FEATURES = ['pistol grip', 'folding stock', 'telescoping stock', 'collapsible stock', 'flash suppressor', 'flash hider', 'bayonet', 'bayonet lug', 'bipod', 'bipods'];
/** A row that sells a magazine rather than a firearm with one. */
const MAGAZINE_PRODUCT = ['magazine for', 'magazines for', 'pistol magazine', 'rifle magazine', 'spare magazine', 'magazine only', 'magazine 10 rounds', 'magazines'];
const SHOTGUN_FEATURES = ['folding stock', 'telescoping stock', 'collapsible stock', 'flash suppressor', 'drum magazine'];
const NOT_FIREARM = ['air rifle', 'air pistol', 'airsoft', 'bb gun', 'pellet', 'paintball', 'toy', 'replica', 'cleaning kit', 'gun safe', 'case', 'sling', 'holster', 'target', 'scope mount', 'scope', 'sight', 'sights'];
const ARMOUR = words('body armor', 'body armour', 'ballistic vest', 'bulletproof vest', 'bullet resistant vest', 'bullet proof vest', 'soft armor', 'soft armour', 'ballistic panel', 'armor insert', 'armour insert', 'armor plate', 'armour plate', 'ballistic plate', 'hard armor', 'hard armour', 'rifle plate', 'plate carrier');
const HARD = ['plate', 'plates', 'hard armor', 'hard armour', 'rifle plate'];
const STAB_ONLY = ['stab', 'stab resistant', 'spike', 'knife', 'needle', 'blunt trauma', 'slash'];
const CBRN = ['cbrn', 'nbc', 'chemical warfare', 'cw agents', 'warfare agents', 'biological agents', 'chemical agents', 'radioactive', 'riot control', 'cbrne', 'toxic industrial'];
const LASER = words('laser', 'lasers', 'laser diode', 'diode laser', 'fiber laser', 'fibre laser', 'laser module', 'laser source', 'laser system', 'dpss laser');
const CW_LASER = words('cw', 'continuous wave');
/** Lasers whose control turns on more than wavelength and power, or that 6A205 may reach, and power figures that are not the output. */
const NOT_PLAIN_CW_LASER = ['tunable', 'pulsed', 'pulse', 'pulses', 'q switched', 'mode locked', 'femtosecond', 'picosecond', 'nanosecond', 'ultrafast', 'quasi cw', 'qcw',
  'argon', 'argon ion', 'copper vapor', 'copper vapour', 'dye', 'alexandrite', 'frequency doubled', 'neodymium', 'nd yag', 'nd yvo4', 'military', 'weapon',
  'laser pointer', 'laser printer', 'laser level', 'laser engraver', 'laser mouse', 'power consumption', 'input power', 'electrical power', 'power supply',
  'pump power', 'pumping power', 'pump diode', 'pump diodes', 'input', 'consumption'];
const INTENSIFIER_TUBE = words('image intensifier', 'image intensifier tube', 'intensifier tube', 'image intensifier tubes', 'intensifier tubes');
const MILL = words('milling machine', 'milling center', 'machining center', 'machining centre', 'vertical machining', 'horizontal machining', 'cnc mill', 'mill', 'milling');
const LATHE = words('lathe', 'turning center', 'turning centre', 'turning machine', 'cnc lathe');
const GRINDER = words('grinding machine', 'grinder', 'cnc grinder', 'tool grinder');

export const CLASSIFICATION_RULES = [
  // ---------------- information security (Cat. 5 Part 2) ----------------
  {
    id: 'infosec.mass-market-hardware', family: 'information security', eccn: '5A992.c', outcome: 'propose', priority: 40,
    criteria: 'Encryption hardware stated as mass market (Cryptography Note; self-classified under 740.17(b)(1)) with a key length above 56 bits',
    citation: cite('5A992.c', '15 CFR 740.17(b)(1); Cat. 5 Part 2 Note 3'),
    when: { all: [ENCRYPTION, p('massMarket', 'eq', 1), p('keyLengthBits', 'gt', 56)], none: [words(...SOFTWARE)] },
  },
  {
    id: 'infosec.mass-market-software', family: 'information security', eccn: '5D992.c', outcome: 'propose', priority: 40,
    criteria: 'Encryption software stated as mass market (Cryptography Note; 740.17(b)(1)) with a key length above 56 bits',
    citation: cite('5D992.c', '15 CFR 740.17(b)(1); Cat. 5 Part 2 Note 3'),
    when: { all: [ENCRYPTION, words(...SOFTWARE), p('massMarket', 'eq', 1), p('keyLengthBits', 'gt', 56)] },
  },
  {
    id: 'infosec.non-mass-market-hardware', family: 'information security', eccn: '5A002.a', outcome: 'propose', priority: 40,
    criteria: "Encryption hardware stated as not mass market, using a 'described security algorithm' (symmetric key above 56 bits)",
    citation: cite('5A002.a', 'Technical Note 2.a to 5A002.a'),
    when: {
      all: [ENCRYPTION, p('massMarket', 'eq', 0), p('keyLengthBits', 'gt', 56)],
      none: [words(...SOFTWARE, 'smart card', 'banking', 'atm', 'payment terminal', 'point of sale', 'cordless phone', 'bluetooth', 'authentication only', 'digital signature only')],
    },
    note: 'the 5A002.a Note 2 exclusions (smart cards, banking, cordless phones, personal area networks…) are sent to review',
  },
  {
    id: 'infosec.non-mass-market-software', family: 'information security', eccn: '5D002.c.1', outcome: 'propose', priority: 40,
    criteria: "Encryption software stated as not mass market, using a 'described security algorithm' (symmetric key above 56 bits)",
    citation: cite('5D002.c.1', 'Technical Note 2.a to 5A002.a'),
    when: { all: [ENCRYPTION, words(...SOFTWARE), p('massMarket', 'eq', 0), p('keyLengthBits', 'gt', 56)], none: [words('authentication only', 'digital signature only', 'banking')] },
  },
  {
    id: 'infosec.weak-key', family: 'information security', eccn: 'EAR99', outcome: 'review', priority: 41,
    criteria: "Encryption limited to a symmetric key of 56 bits or less is not a 'described security algorithm'",
    citation: cite('5A002.a', 'Technical Note 2.a'),
    when: { all: [ENCRYPTION, p('keyLengthBits', 'lte', 56)] },
    note: 'check asymmetric algorithms (RSA above 512 bits, ECC above 112 bits) and other entries before EAR99',
  },
  {
    id: 'infosec.excluded-uses', family: 'information security', eccn: '5A992.c', outcome: 'review', priority: 41,
    criteria: 'Cryptography for banking, smart cards, authentication or personal area networks only (5A002.a Note 2 and Technical Note 1)',
    citation: cite('5A002.a', 'Note 2; Technical Note 1'),
    when: { all: [ENCRYPTION, words('smart card', 'banking', 'atm', 'payment terminal', 'point of sale', 'authentication only', 'digital signature only', 'bluetooth')] },
    note: 'the exclusion depends on how the cryptography is limited: review',
  },
  {
    id: 'infosec.consumer-device', family: 'information security', eccn: '5A992.c', outcome: 'propose', priority: 41,
    criteria: 'Consumer device sold at retail that carries mass-market encryption by nature (TLS, WPA2/3, storage encryption)',
    citation: cite('5A992.c', '15 CFR 740.17(b)(1); Cat. 5 Part 2 Note 3'),
    when: {
      any: [words('smartphone', 'smartphones', 'smart phone', 'mobile phone', 'cell phone', 'cellphone', 'laptop', 'laptops', 'notebook computer', 'tablet computer', 'tablet pc', 'android tablet', 'ipad', 'wi fi router', 'wifi router', 'wireless router', 'home router', 'mesh router', 'smartwatch', 'smart watch', 'chromebook')],
      none: [words(...ACCESSORY, 'non mass market', 'not mass market', 'military', 'secure phone', 'crypto phone', 'encrypted phone', 'tempest', 'rugged military'), p('massMarket', 'eq', 0)],
    },
  },

  // ---------------- advanced computing and electronics (Cat. 3, 4) ----------------
  {
    id: 'computing.ic-tpp-4800', family: 'computers and electronics', eccn: '3A090.a', outcome: 'propose', priority: 40,
    criteria: "Integrated circuit (GPU, accelerator, ASIC, FPGA…) with a 'total processing performance' of 4800 or more",
    citation: cite('3A090.a.1'),
    requires: ['tpp'],
    when: { all: [IC, p('tpp', 'gte', 4800)], none: [words(...COMPUTER)] },
  },
  {
    id: 'computing.ic-dense-datacenter', family: 'computers and electronics', eccn: '3A090.a', outcome: 'propose', priority: 40,
    criteria: "Datacenter integrated circuit with TPP of 1600 or more and 'performance density' of 5.92 or more",
    citation: cite('3A090.a.2', 'Note 2 to 3A090'),
    requires: ['tpp'],
    when: { all: [IC, words(...DATACENTER), p('tpp', 'gte', 1600), p('performanceDensity', 'gte', 5.92)], none: [words(...COMPUTER)] },
  },
  {
    id: 'computing.ic-3a090b1', family: 'computers and electronics', eccn: '3A090.b', outcome: 'propose', priority: 40,
    criteria: 'Datacenter integrated circuit with TPP from 2400 to below 4800 and performance density from 1.6 to below 5.92',
    citation: cite('3A090.b.1', 'Note 2 to 3A090'),
    requires: ['tpp'],
    when: { all: [IC, words(...DATACENTER), p('tpp', 'gte', 2400), p('tpp', 'lt', 4800), p('performanceDensity', 'gte', 1.6), p('performanceDensity', 'lt', 5.92)], none: [words(...COMPUTER)] },
  },
  {
    id: 'computing.ic-3a090b2', family: 'computers and electronics', eccn: '3A090.b', outcome: 'propose', priority: 40,
    criteria: 'Datacenter integrated circuit with TPP of 1600 or more and performance density from 3.2 to below 5.92',
    citation: cite('3A090.b.2', 'Note 2 to 3A090'),
    requires: ['tpp'],
    when: { all: [IC, words(...DATACENTER), p('tpp', 'gte', 1600), p('tpp', 'lt', 4800), p('performanceDensity', 'gte', 3.2), p('performanceDensity', 'lt', 5.92)], none: [words(...COMPUTER)] },
  },
  {
    id: 'computing.ic-not-datacenter', family: 'computers and electronics', eccn: '3A090.b', outcome: 'review', priority: 40,
    criteria: 'Integrated circuit with TPP from 1600 to below 4800 not stated as designed or marketed for datacenters',
    citation: cite('3A090', 'Note 2 to 3A090'),
    requires: ['tpp'],
    when: { all: [IC, p('tpp', 'gte', 1600), p('tpp', 'lt', 4800)], none: [words(...COMPUTER, ...DATACENTER)] },
    note: '3A090.a.2 and .b reach such chips only if designed or marketed for datacenters (Note 2)',
  },
  {
    id: 'computing.ic-datacenter-other', family: 'computers and electronics', eccn: '3A090', outcome: 'review', priority: 39,
    criteria: 'Datacenter integrated circuit with TPP from 1600 to below 4800 outside the 3A090.a.2 and .b performance-density bands',
    citation: cite('3A090.a.2', 'ECCN 3A090.b'),
    requires: ['tpp'],
    when: { all: [IC, words(...DATACENTER), p('tpp', 'gte', 1600), p('tpp', 'lt', 4800)], none: [words(...COMPUTER)] },
    note: 'check the performance density (TPP / applicable die area) against 3A090.a.2 and .b, then 3A001, 5A992 or 3A991',
  },
  {
    id: 'computing.ic-below-3a090', family: 'computers and electronics', eccn: '3A991', outcome: 'review', priority: 40,
    criteria: 'Integrated circuit with TPP below 1600 (outside 3A090)',
    citation: cite('3A090'),
    requires: ['tpp'],
    when: { all: [IC, p('tpp', 'lt', 1600)], none: [words(...COMPUTER)] },
    note: 'check 3A001, 3A991, 5A992 or EAR99',
  },
  {
    id: 'computing.computer-with-3a090', family: 'computers and electronics', eccn: '4A090.a', outcome: 'review', priority: 40,
    criteria: 'Computer or server containing integrated circuits at 3A090 levels (TPP of 1600 or more)',
    citation: cite('4A090', 'ECCNs 4A003.z, 5A992.z'),
    requires: ['tpp'],
    when: { all: [words(...COMPUTER), words(...AI_HARDWARE), p('tpp', 'gte', 1600)] },
    note: 'computers with 3A090 chips are 4A090.a/.b, or 4A003.z / 5A992.z.1 when they also meet 4A003 or are mass-market encryption items',
  },
  // A computer with 3A090 chips that is also a mass-market encryption item is 5A992.z, not 4A090 —
  // unless it also meets 4A003 (APP above 70 WT: 4A003.z). A row rarely states the APP, nor whether
  // its TPP is one chip's or the whole machine's: these name the candidates, they never propose.
  {
    id: 'computing.computer-3a090a-mass-market', family: 'computers and electronics', eccn: '5A992.z.1', outcome: 'review', priority: 42,
    criteria: 'Computer or server stated as mass-market encryption item, with integrated circuits at a TPP of 4800 or more (3A090.a level)',
    citation: cite('5A992.z.1', 'ECCNs 4A090.a, 4A003.z, 3A090.a.1'),
    requires: ['tpp', 'massMarket'],
    when: { all: [words(...COMPUTER), words(...AI_HARDWARE), p('massMarket', 'eq', 1), p('tpp', 'gte', 4800)] },
    note: "5A992.z.1 if the TPP is that of a chip inside and the computer does not also meet 4A003 (APP above 70 WT, then 4A003.z); state the APP and each chip's TPP",
  },
  {
    id: 'computing.computer-3a090-mass-market-lower', family: 'computers and electronics', eccn: '5A992', outcome: 'review', priority: 42,
    criteria: 'Computer or server stated as mass-market encryption item, with integrated circuits at a TPP from 1600 to below 4800',
    citation: cite('5A992.z.1', 'ECCNs 4A090.b, 3A090.a.2, 3A090.b'),
    requires: ['tpp', 'massMarket'],
    when: { all: [words(...COMPUTER), words(...AI_HARDWARE), p('massMarket', 'eq', 1), p('tpp', 'gte', 1600), p('tpp', 'lt', 4800)] },
    note: "which 3A090 paragraph the chips meet turns on their performance density and datacenter design; then 5A992.z.1/.z.2 or 4A003.z",
  },
  {
    id: 'computing.computer-3a090a-not-mass-market', family: 'computers and electronics', eccn: '4A090.a', outcome: 'review', priority: 42,
    criteria: 'Computer or server stated as not a mass-market encryption item, with integrated circuits at a TPP of 4800 or more (3A090.a level)',
    citation: cite('4A090.a', 'ECCNs 4A003.z, 3A090.a.1'),
    requires: ['tpp', 'massMarket'],
    when: { all: [words(...COMPUTER), words(...AI_HARDWARE), p('massMarket', 'eq', 0), p('tpp', 'gte', 4800)] },
    note: "4A090.a if the TPP is that of a chip inside and the computer does not also meet 4A003 (then 4A003.z); its encryption may still call for 5A002",
  },
  {
    id: 'electronics.rad-hard-ic', family: 'computers and electronics', eccn: '3A001.a.1.a', outcome: 'propose', priority: 40,
    criteria: 'Integrated circuit rated radiation hardened to a total dose of 5 × 10³ Gy(Si) (500 krad(Si)) or more',
    citation: cite('3A001.a.1.a'),
    requires: ['totalDoseGySi'],
    when: { all: [ELECTRONIC_PART, p('totalDoseGySi', 'gte', 5000)] },
  },
  {
    id: 'electronics.rad-tolerant-ic', family: 'computers and electronics', eccn: '3A001', outcome: 'review', priority: 40,
    criteria: 'Integrated circuit with a total-dose rating below 5 × 10³ Gy(Si)',
    citation: cite('3A001.a.1.a'),
    requires: ['totalDoseGySi'],
    when: { all: [ELECTRONIC_PART, p('totalDoseGySi', 'lt', 5000)] },
    note: 'below 3A001.a.1.a; check 3A001.a.2 temperature ratings, 3A991 and 9x515/USML XV for space parts',
  },
  {
    id: 'computing.general-computer', family: 'computers and electronics', eccn: '4A994', outcome: 'review', priority: 20,
    criteria: 'General-purpose computer',
    citation: cite('4A994', 'ECCN 5A992.c'),
    when: { any: [words('desktop computer', 'industrial pc', 'industrial computer', 'single board computer', 'embedded computer', 'mini pc', 'rackmount server', 'server', 'workstation')], none: [words('laptop', 'notebook computer')] },
    note: 'computers usually carry mass-market encryption (5A992.c); otherwise 4A994 or EAR99',
  },

  // ---------------- sensors and optics (Cat. 6) ----------------
  {
    id: 'sensors.thermal-camera-fast', family: 'sensors and optics', eccn: '6A003.b.4.b', outcome: 'propose', priority: 40,
    criteria: 'Thermal imaging camera with an uncooled microbolometer focal plane array (6A002.a.3.f) and a frame rate above 9 Hz',
    citation: cite('6A003.b.4.b', 'Note 3.a to 6A003.b.4.b'),
    when: {
      all: [CAMERA, words(...MICROBOLOMETER), p('frameRateHz', 'gt', 9)],
      none: [words('space qualified', 'automotive', 'vehicle', 'driver assist*', 'adas', 'fixed lens', 'fixed focal', 'non removable lens')],
    },
  },
  {
    id: 'sensors.thermal-camera-slow', family: 'sensors and optics', eccn: '6A993.a', outcome: 'propose', priority: 40,
    criteria: 'Thermal imaging camera with an uncooled microbolometer array and a frame rate of 9 Hz or less (Note 3.a to 6A003.b.4.b)',
    citation: cite('6A993.a', 'Note 3.a to 6A003.b.4.b'),
    when: { all: [CAMERA, words(...MICROBOLOMETER), p('frameRateHz', 'lte', 9)], none: [words('space qualified')] },
  },
  {
    id: 'sensors.thermal-camera-vehicle', family: 'sensors and optics', eccn: '6A993.a', outcome: 'review', priority: 40,
    criteria: 'Microbolometer camera for vehicles or with a fixed lens (Notes 3.b and 3.c to 6A003.b.4.b)',
    citation: cite('6A003.b.4.b', 'Notes 3.b, 3.c'),
    when: { all: [CAMERA, words(...MICROBOLOMETER), words('automotive', 'vehicle', 'driver assist*', 'adas', 'fixed lens', 'fixed focal', 'non removable lens')], none: [p('frameRateHz', 'lte', 9)] },
    note: 'the exclusions need every condition of Note 3.b or 3.c (IFOV, lens, display, vehicle lock-out): otherwise 6A003.b.4.b',
  },
  {
    id: 'sensors.microbolometer-fpa', family: 'sensors and optics', eccn: '6A002.a.3.f', outcome: 'propose', priority: 40,
    criteria: "Non-space-qualified microbolometer focal plane array (detector only, without a camera's signal processing)",
    citation: cite('6A002.a.3.f'),
    when: { all: [words('focal plane array', 'fpa', 'detector array', 'detector'), words(...MICROBOLOMETER)], none: [CAMERA, words('space qualified')] },
  },
  {
    id: 'sensors.cooled-thermal-camera', family: 'sensors and optics', eccn: '6A003.b.4.a', outcome: 'review', priority: 40,
    criteria: 'Camera with a cooled infrared detector (InSb, MCT, T2SL, QWIP)',
    citation: cite('6A003.b.4.a', 'ECCN 6A002.a.3.a–e'),
    when: { all: [CAMERA, words(...COOLED)], none: [words(...MICROBOLOMETER)] },
    note: 'cooled arrays are classed by wavelength and element count under 6A002.a.3.a–e; some are USML Cat. XII',
  },
  {
    id: 'sensors.thermal-camera-unknown-detector', family: 'sensors and optics', eccn: '6A003.b.4', outcome: 'review', priority: 40,
    criteria: 'Thermal or infrared camera whose detector type is not stated',
    citation: cite('6A003.b.4', 'ECCN 6A993.a'),
    when: { all: [CAMERA, words(...THERMAL)], none: [words(...MICROBOLOMETER, ...COOLED)] },
    note: 'state the detector (uncooled microbolometer or cooled) and the frame rate',
  },
  // Image intensifier tubes whose microchannel-plate pitch is stated: the pitch places the tube
  // against 6A002.a.2.a (12 µm or less) or 6A992.a.1 (below 25 µm). Both also turn on the peak
  // response band and the photocathode, and 6A002's Related Controls point to USML Cat. XII(e) for
  // such tubes first: the pitch sharpens the candidate, it never proposes.
  {
    id: 'sensors.intensifier-tube-fine-pitch', family: 'sensors and optics', eccn: '6A002.a.2', outcome: 'review', priority: 41,
    criteria: 'Image intensifier tube with a microchannel plate hole pitch of 12 µm or less',
    citation: cite('6A002.a.2.a.2.a', 'Related Controls (1) to 6A002: USML Cat. XII(e)'),
    requires: ['mcpPitchUm'],
    when: { all: [INTENSIFIER_TUBE, p('mcpPitchUm', 'lte', 12)] },
    note: '6A002.a.2.a also needs a peak response above 400 nm up to 1,050 nm and a listed photocathode (multialkali above 350 µA/lm, GaAs or GaInAs, other III-V above 10 mA/W); check USML Cat. XII(e) first',
  },
  {
    id: 'sensors.intensifier-tube-coarser-pitch', family: 'sensors and optics', eccn: '6A992', outcome: 'review', priority: 41,
    criteria: 'Image intensifier tube with a microchannel plate hole pitch above 12 µm and below 25 µm (outside 6A002.a.2.a.2.a)',
    citation: cite('6A992.a.1', 'ECCN 6A002.a.2.a.2'),
    requires: ['mcpPitchUm'],
    when: { all: [INTENSIFIER_TUBE, p('mcpPitchUm', 'gt', 12), p('mcpPitchUm', 'lt', 25)] },
    note: '6A992.a.1 when the peak response is above 400 nm up to 1,050 nm and the photocathode is S-20, S-25, multialkali, GaAs or GaInAs; a charge-multiplication tube is 6A002.a.2.a.2.b whatever the plate',
  },
  {
    id: 'sensors.image-intensifier', family: 'sensors and optics', eccn: '6A002.a.2', outcome: 'review', priority: 40,
    criteria: 'Image intensifier tube, night-vision device or microchannel plate',
    citation: cite('6A002.a.2', 'ECCNs 6A003.b.3, 0A504; USML Cat. XII'),
    when: { any: [words('image intensifier', 'image intensifier tube', 'night vision', 'microchannel plate', 'micro channel plate', 'gen 3', 'gen iii', 'generation 3', 'photocathode')] },
    note: 'tubes fall in 6A002.a.2 by photocathode and microchannel-plate pitch (12 µm or less); devices built on them may be 6A003.b.3, 0A504 or USML Cat. XII',
  },
  // Non-tunable CW lasers in the two wavelength bands where 6A005.a turns on output power alone
  // (6A005.a.2: 150–510 nm, a.4: above 540 up to 800 nm, each above 30 W). Other bands also turn on
  // transverse mode, bandwidth or wall-plug efficiency, and pulsed or tunable lasers on 6A005.b/.c:
  // those stay with the review rule below. 6A205 (nuclear-use argon ion, copper vapour, dye,
  // alexandrite, frequency-doubled Nd lasers) overlaps these bands, so those words send to review.
  {
    id: 'sensors.laser-cw-150-510', family: 'sensors and optics', eccn: '6A005.a.2', outcome: 'propose', priority: 40,
    criteria: 'Non-tunable continuous-wave laser emitting from 150 nm to 510 nm with an output power above 30 W',
    citation: cite('6A005.a.2', 'Note to 6A005.a.2 (argon); ECCN 6A205'),
    requires: ['wavelengthMinUm'],
    when: { all: [LASER, CW_LASER, p('wavelengthMinUm', 'gte', 0.15), p('wavelengthMaxUm', 'lte', 0.51), p('powerW', 'gt', 30)], none: [words(...NOT_PLAIN_CW_LASER)] },
  },
  {
    id: 'sensors.laser-cw-540-800', family: 'sensors and optics', eccn: '6A005.a.4', outcome: 'propose', priority: 40,
    criteria: 'Non-tunable continuous-wave laser emitting above 540 nm up to 800 nm with an output power above 30 W',
    citation: cite('6A005.a.4', 'ECCN 6A205.a, .f'),
    requires: ['wavelengthMinUm'],
    when: { all: [LASER, CW_LASER, p('wavelengthMinUm', 'gt', 0.54), p('wavelengthMaxUm', 'lte', 0.8), p('powerW', 'gt', 30)], none: [words(...NOT_PLAIN_CW_LASER)] },
  },
  {
    id: 'sensors.laser-cw-below-6a005', family: 'sensors and optics', eccn: '6A995', outcome: 'review', priority: 40,
    criteria: 'Continuous-wave laser in the 150–510 nm or 540–800 nm band with an output power of 30 W or less (below 6A005.a.2 and .a.4)',
    citation: cite('6A005.a.2', 'ECCNs 6A005.a.4, 6A995'),
    requires: ['wavelengthMinUm', 'powerW'],
    when: {
      all: [LASER, CW_LASER, p('wavelengthMinUm', 'gte', 0.15), p('wavelengthMaxUm', 'lte', 0.8), p('powerW', 'lte', 30)],
      any: [p('wavelengthMaxUm', 'lte', 0.51), p('wavelengthMinUm', 'gt', 0.54)],
      none: [words(...NOT_PLAIN_CW_LASER)],
    },
    note: 'outside 6A005.a; 6A995 (e.g. semiconductor lasers above 100 mW in a single transverse mode) or EAR99 — review with the datasheet',
  },
  {
    id: 'sensors.laser', family: 'sensors and optics', eccn: '6A005', outcome: 'review', priority: 20,
    criteria: 'Laser source, module or system',
    citation: cite('6A005', 'ECCN 6A995'),
    when: { any: [words('laser', 'lasers', 'laser diode', 'fiber laser', 'fibre laser', 'co2 laser', 'laser module')], none: [words('laser printer', 'laser pointer', 'laser level', 'laser engraver', 'laser mouse')] },
    note: '6A005 and 6A995 turn on wavelength, output power and pulse parameters together; review with the datasheet',
  },

  // ---------------- navigation and aerospace (Cat. 7, 9) ----------------
  {
    id: 'nav.gnss-military-code', family: 'navigation and aerospace', eccn: 'USML', outcome: 'review', priority: 95,
    criteria: 'Satellite navigation receiver using military (decryption) ranging codes',
    citation: '15 CFR 774 Supp. 1, ECCN 7A005 (Related Controls (3)); 22 CFR 121.1 Cat. XII(d)',
    when: { all: [GNSS, words(...MILITARY_GNSS)] },
    note: 'receivers that would be 7A005.a are subject to the ITAR',
  },
  {
    id: 'nav.gnss-adaptive-antenna', family: 'navigation and aerospace', eccn: '7A005.b', outcome: 'propose', priority: 40,
    criteria: "Satellite navigation receiver employing 'adaptive antenna systems' (spatial nulling)",
    citation: cite('7A005.b'),
    when: { all: [GNSS, words(...ADAPTIVE_ANTENNA)], none: [words(...MILITARY_GNSS, 'omni directional only', 'signal combiner only')] },
  },
  {
    id: 'nav.gnss-commercial', family: 'navigation and aerospace', eccn: '7A994', outcome: 'propose', priority: 30,
    criteria: 'Commercial satellite navigation receiver without military decryption or adaptive antennas',
    citation: cite('7A994', 'License Requirement Note to 7A994; ECCN 7A005'),
    when: {
      all: [GNSS, GNSS_DEVICE],
      none: [words(...ADAPTIVE_ANTENNA, ...MILITARY_GNSS, 'military', 'missile', 'rocket', 'space qualified', 'spacecraft', 'satellite bus', 'high altitude', 'sounding rocket', 'weapon')],
    },
    note: '7A105 covers receivers designed for missiles or high-speed, high-altitude use',
  },
  {
    id: 'aero.uav-long-endurance', family: 'navigation and aerospace', eccn: '9A012.a.2', outcome: 'propose', priority: 40,
    criteria: "UAV designed to fly out of the operator's natural vision with a maximum endurance of 1 hour or more",
    citation: cite('9A012.a.2'),
    when: { all: [UAV, words(...BEYOND_SIGHT), p('enduranceMin', 'gte', 60)], none: [words('military', 'weapon', 'armed', 'toy')] },
  },
  {
    id: 'aero.uav-gust', family: 'navigation and aerospace', eccn: '9A012.a.1', outcome: 'propose', priority: 40,
    criteria: "UAV flying out of the operator's natural vision, endurance from 30 minutes to under 1 hour, stable in gusts of 46.3 km/h (25 knots) or more",
    citation: cite('9A012.a.1'),
    when: { all: [UAV, words(...BEYOND_SIGHT), p('enduranceMin', 'gte', 30), p('enduranceMin', 'lt', 60), p('gustKmh', 'gte', 46.3)], none: [words('military', 'weapon', 'armed', 'toy')] },
  },
  {
    id: 'aero.uav-below-9a012', family: 'navigation and aerospace', eccn: 'EAR99', outcome: 'review', priority: 40,
    criteria: 'UAV below the 9A012.a endurance and gust criteria',
    citation: cite('9A012.a'),
    when: { all: [UAV], any: [p('enduranceMin', 'lt', 30), p('gustKmh', 'lt', 46.3)], none: [p('enduranceMin', 'gte', 60), words('military', 'weapon', 'armed')] },
    note: 'outside 9A012.a; its camera, radio or flight controller may still be controlled (6A003, 5A992, 7A994)',
  },
  {
    id: 'aero.uav-unstated-sight', family: 'navigation and aerospace', eccn: '9A012.a', outcome: 'review', priority: 40,
    criteria: 'UAV with 30 minutes or more endurance whose flight beyond the operator\'s natural vision is not stated',
    citation: cite('9A012.a'),
    when: { all: [UAV, p('enduranceMin', 'gte', 30)], none: [words(...BEYOND_SIGHT, 'military', 'weapon', 'armed')] },
    note: 'say whether it is designed for controlled flight out of the natural vision of the operator',
  },
  {
    id: 'aero.military-uav', family: 'navigation and aerospace', eccn: '9A610', outcome: 'review', priority: 50,
    criteria: 'Military or armed UAV',
    citation: cite('9A610', '22 CFR 121.1 Cat. VIII'),
    when: { all: [UAV, words('military', 'weapon', 'armed', 'munition', 'loitering')] },
    note: 'military UAVs are USML Cat. VIII(a) or 9A610; review jurisdiction',
  },
  {
    id: 'aero.military-aircraft-part', family: 'navigation and aerospace', eccn: '9A610.x', outcome: 'review', priority: 50,
    criteria: 'Item for a military aircraft',
    citation: cite('9A610.x', '15 CFR 772.1 "specially designed"; 22 CFR 121.1 Cat. VIII(h)'),
    when: { any: [words('military aircraft', 'fighter aircraft', 'fighter jet', 'f 16', 'f 35', 'f 15', 'f 18', 'c 130', 'military helicopter', 'black hawk', 'uh 60', 'ch 47', 'apache', 'military transport aircraft')] },
    note: 'a 600-series item (9A610.x or .y) or a USML Cat. VIII(h) defense article, by the "specially designed" analysis',
  },
  {
    id: 'aero.spacecraft', family: 'navigation and aerospace', eccn: '9A515', outcome: 'review', priority: 50,
    criteria: 'Spacecraft or item for one',
    citation: cite('9A515', '22 CFR 121.1 Cat. XV'),
    when: { any: [words('spacecraft', 'satellite bus', 'cubesat', 'smallsat', 'space qualified', 'reaction wheel', 'star tracker', 'satellite thruster', 'for satellites', 'low earth orbit')] },
    note: 'a 9x515 item or USML Cat. XV defense article; review jurisdiction',
  },
  {
    id: 'aero.civil-aircraft-part', family: 'navigation and aerospace', eccn: '9A991.d', outcome: 'propose', priority: 30,
    criteria: 'Part specially designed for a civil aircraft, not specified elsewhere',
    citation: cite('9A991.d'),
    when: {
      all: [
        words('boeing', 'airbus', 'cessna', 'embraer', 'bombardier', 'civil aircraft', 'commercial aircraft', 'airliner', 'business jet', 'piper', 'atr 72'),
        words('part', 'parts', 'bracket', 'seal', 'fitting', 'panel', 'hinge', 'bushing', 'gasket', 'spare', 'seat', 'seats', 'galley', 'lavatory', 'window', 'door', 'latch', 'duct', 'harness', 'actuator', 'wheel', 'brake'),
      ],
      none: [words('military', 'engine', 'turbine', 'avionics', 'navigation', 'gps', 'radar', 'inertial', 'flight management', 'transponder', 'camera', 'encryption', 'radio', 'composite prepreg', 'breathing', 'oxygen')],
    },
    note: 'engines (9A991.c), avionics (7A994) and breathing equipment (9A991.e) are reviewed separately',
  },
  {
    id: 'aero.civil-aircraft-engine-part', family: 'navigation and aerospace', eccn: '9A991.c', outcome: 'review', priority: 30,
    criteria: 'Aero gas turbine engine or part for civil aircraft',
    citation: cite('9A991.c', 'ECCNs 9A001, 9E003'),
    when: { all: [words('aircraft', 'aero engine', 'turbofan', 'turbojet', 'turboprop', 'boeing', 'airbus'), words('engine', 'turbine', 'turbofan', 'turbojet', 'turboprop', 'blade', 'vane', 'combustor')] },
    note: 'hot-section parts and some engines are 9A001/9E003-related; engines in civil use over eight years have their own note',
  },

  // ---------------- firearms and related (Cat. 0, 600-series neighbours) ----------------
  {
    id: 'firearms.automatic', family: 'firearms', eccn: 'USML', outcome: 'review', priority: 95,
    criteria: 'Automatic (fully automatic, select-fire) firearm',
    citation: '22 CFR 121.1 Cat. I(b); 15 CFR 774 Supp. 1, ECCN 0A501',
    when: { any: [words('fully automatic', 'full auto', 'select fire', 'selective fire', 'machine gun', 'submachine gun', 'automatic rifle')], none: [words('semi automatic', 'semi auto', 'semiautomatic')] },
    note: 'automatic firearms are USML Cat. I defense articles',
  },
  {
    id: 'firearms.over-50-semi', family: 'firearms', eccn: 'USML', outcome: 'review', priority: 95,
    criteria: 'Semi-automatic firearm above .50 calibre (12.7 mm)',
    citation: '22 CFR 121.1 Cat. I; 15 CFR 774 Supp. 1, ECCNs 0A506, 0A507',
    when: { all: [words(...SEMI), words(...RIFLE, ...PISTOL, 'firearm'), p('calibreMm', 'gt', 12.7)] },
  },
  {
    id: 'firearms.semi-rifle-features', family: 'firearms', eccn: '0A506.a', outcome: 'propose', priority: 30,
    criteria: 'Semi-automatic centerfire rifle of .50 calibre (12.7 mm) or less with a listed feature (magazine over 10 rounds, folding/telescoping stock, pistol grip, bayonet, flash suppressor, bipod)',
    citation: cite('0A506.a'),
    when: { all: [words(...SEMI), words(...RIFLE), p('calibreMm', 'lte', 12.7)], any: [words(...RIFLE_FEATURES), p('magazineRounds', 'gt', 10)], none: [words(...RIMFIRE, ...NOT_FIREARM)] },
  },
  {
    id: 'firearms.semi-rifle-plain', family: 'firearms', eccn: '0A506.b', outcome: 'propose', priority: 30,
    criteria: 'Semi-automatic rifle of .50 calibre or less without the 0A506.a features (or rimfire)',
    citation: cite('0A506.b'),
    when: { all: [words(...SEMI), words(...RIFLE), p('calibreMm', 'lte', 12.7), p('magazineRounds', 'lte', 10)], none: [words(...RIFLE_FEATURES, ...NOT_FIREARM)] },
  },
  {
    id: 'firearms.semi-rifle-rimfire', family: 'firearms', eccn: '0A506.b', outcome: 'propose', priority: 30,
    criteria: 'Semi-automatic rimfire rifle of .50 calibre or less',
    citation: cite('0A506.b'),
    when: { all: [words(...SEMI), words(...RIFLE), words(...RIMFIRE), p('calibreMm', 'lte', 12.7)], none: [words(...NOT_FIREARM)] },
  },
  {
    id: 'firearms.semi-pistol', family: 'firearms', eccn: '0A507.a', outcome: 'propose', priority: 30,
    criteria: 'Semi-automatic centerfire pistol of .50 calibre (12.7 mm) or less',
    citation: cite('0A507.a'),
    when: { all: [words(...SEMI), words(...PISTOL), p('calibreMm', 'lte', 12.7)], none: [words(...RIMFIRE, ...NOT_FIREARM, ...MAGAZINE_PRODUCT, ...RIFLE, 'pistol grip', 'pistol grips')] },
  },
  {
    id: 'firearms.semi-pistol-rimfire', family: 'firearms', eccn: '0A507.b', outcome: 'propose', priority: 30,
    criteria: 'Semi-automatic rimfire pistol of .50 calibre or less',
    citation: cite('0A507.b'),
    when: { all: [words(...SEMI), words(...PISTOL), words(...RIMFIRE), p('calibreMm', 'lte', 12.7)], none: [words(...NOT_FIREARM, ...MAGAZINE_PRODUCT, ...RIFLE, 'pistol grip', 'pistol grips')] },
  },
  {
    id: 'firearms.non-automatic', family: 'firearms', eccn: '0A501.a', outcome: 'propose', priority: 30,
    criteria: 'Non-automatic, non-semi-automatic firearm (bolt, lever, pump, single-shot, break-action, revolver) of .50 calibre (12.7 mm) or less',
    citation: cite('0A501.a'),
    when: {
      all: [words('bolt action', 'lever action', 'pump action', 'single shot', 'break action', 'revolver', 'revolvers', 'single action', 'double action'), words(...RIFLE, ...PISTOL, 'revolver', 'revolvers', 'firearm'), p('calibreMm', 'lte', 12.7)],
      none: [words(...SEMI, ...NOT_FIREARM, 'shotgun', 'shotguns', 'magazine', 'magazines', 'barrel blank', 'stock only', 'trigger')],
    },
  },
  {
    id: 'firearms.non-automatic-large', family: 'firearms', eccn: '0A501.b', outcome: 'propose', priority: 30,
    criteria: 'Non-automatic, non-semi-automatic rifle or pistol above .50 and up to .72 calibre (12.7–18.0 mm)',
    citation: cite('0A501.b'),
    when: { all: [words('bolt action', 'lever action', 'single shot', 'break action', 'revolver'), words(...RIFLE, ...PISTOL, 'revolver'), p('calibreMm', 'gt', 12.7), p('calibreMm', 'lte', 18)], none: [words(...SEMI, ...NOT_FIREARM, 'shotgun')] },
  },
  {
    id: 'firearms.magazine-17-50', family: 'firearms', eccn: '0A501.d', outcome: 'propose', priority: 30,
    criteria: 'Detachable firearm magazine holding 17 to 50 rounds',
    citation: cite('0A501.d'),
    when: { all: [words('magazine', 'magazines', 'mag'), words(...RIFLE, ...PISTOL, 'ar 15', 'ar15', 'glock', 'firearm', '9mm', 'm4'), p('magazineRounds', 'gte', 17), p('magazineRounds', 'lte', 50)], none: [words(...SEMI, 'bolt action', 'lever action', 'revolver', 'with', 'includes', 'shotgun', 'drum', 'airsoft', 'pouch', 'loader', 'holder')] },
  },
  {
    id: 'firearms.magazine-16-or-less', family: 'firearms', eccn: '0A501.x', outcome: 'propose', priority: 30,
    criteria: 'Firearm magazine holding 16 rounds or less (a part under 0A501.x, Note 3 to 0A501.d)',
    citation: cite('0A501.x', 'Note 3 to 0A501.d'),
    when: { all: [words('magazine', 'magazines', 'mag'), words(...RIFLE, ...PISTOL, 'ar 15', 'ar15', 'glock', 'firearm', '9mm', 'm4'), p('magazineRounds', 'lte', 16)], none: [words(...SEMI, 'bolt action', 'lever action', 'revolver', 'with', 'includes', 'shotgun', 'airsoft', 'pouch', 'loader', 'holder')] },
  },
  {
    id: 'firearms.magazine-over-50', family: 'firearms', eccn: 'USML', outcome: 'review', priority: 95,
    criteria: 'Firearm magazine holding more than 50 rounds',
    citation: '22 CFR 121.1 Cat. I(h); Note 3 to 0A501.d',
    when: { all: [words('magazine', 'magazines', 'drum'), words(...RIFLE, ...PISTOL, 'firearm', 'ar 15', 'ar15'), p('magazineRounds', 'gt', 50)], none: [words('airsoft')] },
  },
  {
    id: 'firearms.shotgun', family: 'firearms', eccn: '0A502', outcome: 'propose', priority: 30,
    criteria: 'Shotgun that is not semi-automatic (pump, break-action, bolt, lever, single-shot)',
    citation: cite('0A502'),
    when: {
      all: [words('shotgun', 'shotguns'), words('pump action', 'break action', 'over under', 'over and under', 'side by side', 'single shot', 'bolt action', 'double barrel', 'lever action')],
      none: [words(...SEMI, 'shell', 'shells', 'ammunition', 'ammo', 'cartridge', 'cartridges', 'choke', 'stock', 'airsoft', 'toy')],
    },
  },
  {
    id: 'firearms.semi-shotgun-features', family: 'firearms', eccn: '0A508.a', outcome: 'propose', priority: 30,
    criteria: 'Semi-automatic shotgun with a listed feature (folding/telescoping stock, flash suppressor, magazine over five rounds, drum magazine)',
    citation: cite('0A508.a'),
    when: { all: [words('shotgun', 'shotguns'), words(...SEMI)], any: [words(...SHOTGUN_FEATURES), p('magazineRounds', 'gt', 5)], none: [words('shell', 'shells', 'ammunition', 'airsoft', 'toy')] },
  },
  {
    id: 'firearms.semi-shotgun-plain', family: 'firearms', eccn: '0A508.b', outcome: 'propose', priority: 30,
    criteria: 'Semi-automatic shotgun without the 0A508.a features',
    citation: cite('0A508.b'),
    when: { all: [words('shotgun', 'shotguns'), words(...SEMI), p('magazineRounds', 'lte', 5)], none: [words(...SHOTGUN_FEATURES, 'shell', 'shells', 'ammunition', 'airsoft', 'toy')] },
  },
  {
    id: 'firearms.telescopic-sight', family: 'firearms', eccn: '0A504.a', outcome: 'propose', priority: 30,
    criteria: 'Telescopic sight (riflescope) for firearms',
    citation: cite('0A504.a'),
    when: { any: [words('riflescope', 'rifle scope', 'telescopic sight', 'scope for rifle', 'hunting scope')], none: [words(...THERMAL, 'night vision', 'image intensifier', 'laser', 'mount', 'mounts', 'ring', 'rings', 'cap', 'caps', 'screw', 'screws', 'part', 'parts', 'lens cover', 'airsoft', 'spotting scope')] },
  },
  {
    id: 'firearms.holographic-sight', family: 'firearms', eccn: '0A504.b', outcome: 'propose', priority: 30,
    criteria: 'Holographic sight for firearms',
    citation: cite('0A504.b'),
    when: { any: [words('holographic sight', 'holographic weapon sight')], none: [words(...THERMAL, 'night vision', 'airsoft')] },
  },
  {
    id: 'firearms.red-dot-sight', family: 'firearms', eccn: '0A504.c', outcome: 'propose', priority: 30,
    criteria: 'Reflex or "red dot" sight for firearms',
    citation: cite('0A504.c'),
    when: { any: [words('red dot sight', 'red dot', 'reflex sight')], none: [words(...THERMAL, 'night vision', 'airsoft', 'holographic', 'mount')] },
  },
  {
    id: 'firearms.night-sight', family: 'firearms', eccn: '0A504', outcome: 'review', priority: 41,
    criteria: 'Weapon sight with thermal or night-vision imaging',
    citation: cite('0A504', 'ECCN 6A003; 22 CFR 121.1 Cat. XII'),
    when: { all: [words('sight', 'scope', 'riflescope', 'weapon sight'), words(...THERMAL, 'night vision', 'image intensifier', 'thermal imaging')] },
    note: 'thermal and image-intensified weapon sights may be USML Cat. XII(c) or 6A003',
  },
  {
    id: 'firearms.cartridges', family: 'firearms', eccn: '0A505.a', outcome: 'propose', priority: 30,
    criteria: 'Cartridge ammunition for firearms of .50 calibre or less (not buckshot, shotgun or blank)',
    citation: cite('0A505.a'),
    when: {
      all: [words('ammunition', 'ammo', 'cartridge', 'cartridges', 'rounds', 'fmj', 'hollow point', 'soft point'), p('calibreMm', 'lte', 12.7)],
      none: [words('shotgun', 'shotshell', 'shotshells', 'gauge', 'buckshot', 'blank', 'blanks', 'tracer', 'armor piercing', 'armour piercing', 'incendiary', 'explosive', 'primer', 'primers', 'airsoft', 'magazine', 'brass', 'cases', 'dummy')],
    },
  },
  {
    id: 'firearms.buckshot', family: 'firearms', eccn: '0A505.b', outcome: 'propose', priority: 30,
    criteria: 'Buckshot shotgun shells',
    citation: cite('0A505.b'),
    when: { all: [words('buckshot', '00 buck', '000 buck', 'buck shot')], any: [words('shell', 'shells', 'shotshell', 'shotshells', 'cartridge', 'cartridges', 'ammunition', 'gauge')] },
  },
  {
    id: 'firearms.shotshells', family: 'firearms', eccn: '0A505.c', outcome: 'propose', priority: 30,
    criteria: 'Shotgun shells without buckshot (birdshot, slugs)',
    citation: cite('0A505.c'),
    when: { any: [words('shotshell', 'shotshells', 'shotgun shell', 'shotgun shells', 'shotgun ammunition', 'shotgun cartridges', 'birdshot', 'shotgun slugs')], none: [words('buckshot', '00 buck', 'buck shot', 'blank', 'chemical irritant', 'tear gas')] },
  },
  {
    id: 'firearms.blank', family: 'firearms', eccn: '0A505.d', outcome: 'propose', priority: 30,
    criteria: 'Blank ammunition for firearms',
    citation: cite('0A505.d'),
    when: { all: [words('blank', 'blanks'), words('ammunition', 'cartridge', 'cartridges', 'rounds', 'firing')], none: [words('dummy', 'snap cap', 'starter pistol')] },
  },
  {
    id: 'firearms.special-ammunition', family: 'firearms', eccn: 'USML', outcome: 'review', priority: 95,
    criteria: 'Tracer, armour-piercing, incendiary or explosive ammunition',
    citation: '22 CFR 121.1 Cat. III; 15 CFR 774 Supp. 1, ECCN 0A505',
    when: { all: [words('ammunition', 'ammo', 'cartridge', 'cartridges', 'rounds', 'bullets'), words('tracer', 'armor piercing', 'armour piercing', 'incendiary', 'explosive')] },
  },

  // ---------------- protective equipment (1A004, 1A005) ----------------
  {
    id: 'protective.soft-armour', family: 'protective equipment', eccn: '1A005.a', outcome: 'propose', priority: 30,
    criteria: 'Soft body armour not made to military standards, protection below NIJ level III',
    citation: cite('1A005.a', '22 CFR 121.1 Cat. X(a)'),
    when: { all: [ARMOUR, p('nijLevel', 'lte', 3)], none: [words(...HARD, ...STAB_ONLY, 'military standard', 'mil std', 'mil spec', 'military specification')] },
  },
  {
    id: 'protective.hard-plate', family: 'protective equipment', eccn: '1A005.b', outcome: 'propose', priority: 30,
    criteria: 'Hard body-armour plate giving ballistic protection below NIJ level III',
    citation: cite('1A005.b'),
    when: { all: [ARMOUR, words(...HARD), p('nijLevel', 'lte', 3)], none: [words(...STAB_ONLY, 'military standard', 'mil std', 'mil spec')] },
  },
  {
    id: 'protective.armour-level-iii', family: 'protective equipment', eccn: 'USML', outcome: 'review', priority: 95,
    criteria: 'Body armour at NIJ level III or above',
    citation: '22 CFR 121.1 Cat. X(a)(1); 15 CFR 774 Supp. 1, ECCN 1A005.b',
    when: { all: [ARMOUR, p('nijLevel', 'gte', 4)] },
  },
  {
    id: 'protective.stab-only', family: 'protective equipment', eccn: 'EAR99', outcome: 'review', priority: 31,
    criteria: 'Body armour protecting only against knives, spikes, needles or blunt trauma (Note 3 to 1A005)',
    citation: cite('1A005', 'Note 3'),
    when: { all: [ARMOUR, words(...STAB_ONLY)], none: [words('ballistic', 'bullet')] },
    note: 'outside 1A005; confirm no ballistic rating before EAR99',
  },
  {
    id: 'protective.military-armour', family: 'protective equipment', eccn: 'USML', outcome: 'review', priority: 95,
    criteria: 'Body armour made to military standards',
    citation: '22 CFR 121.1 Cat. X(a); 15 CFR 774 Supp. 1, ECCN 1A005',
    when: { all: [ARMOUR, words('military standard', 'mil std', 'mil spec', 'military specification')] },
  },
  {
    id: 'protective.cbrn-mask', family: 'protective equipment', eccn: '1A004.a', outcome: 'propose', priority: 30,
    criteria: 'Full face mask or filter canister designed for defence against chemical, biological or radioactive agents',
    citation: cite('1A004.a'),
    when: {
      all: [words('gas mask', 'gas masks', 'full face mask', 'full face respirator', 'respirator', 'filter canister', 'filter canisters', 'papr', 'powered air purifying'), words(...CBRN)],
      none: [words('dust', 'paint', 'occupational', 'n95', 'surgical', 'half mask', 'military', 'military standard')],
    },
  },
  {
    id: 'protective.cbrn-suit', family: 'protective equipment', eccn: '1A004.b', outcome: 'propose', priority: 30,
    criteria: 'Protective suit, gloves or boots designed for defence against chemical, biological or radioactive agents',
    citation: cite('1A004.b'),
    when: { all: [words('suit', 'suits', 'coverall', 'coveralls', 'gloves', 'boots', 'overboots'), words(...CBRN)], none: [words('military', 'military standard', 'occupational', 'disposable lab')] },
  },

  // ---------------- machine tools (2B001) ----------------
  {
    id: 'machine-tools.milling-5axis', family: 'materials processing', eccn: '2B001.b.2', outcome: 'propose', priority: 40,
    criteria: 'Milling machine with five or more contouring axes and unidirectional positioning repeatability of 0.9 µm or better (within every travel band of 2B001.b.2)',
    citation: cite('2B001.b.2'),
    when: { all: [MILL, p('contouringAxes', 'gte', 5), p('repeatabilityUm', 'lte', 0.9)], none: [words('gear', 'gears', 'dental', 'jewelry', 'jewellery')] },
  },
  {
    id: 'machine-tools.milling-5axis-long', family: 'materials processing', eccn: '2B001.b.2', outcome: 'propose', priority: 40,
    criteria: 'Five-axis milling machine, travel from 1 m to under 4 m, repeatability of 1.4 µm or better',
    citation: cite('2B001.b.2.b'),
    when: { all: [MILL, p('contouringAxes', 'gte', 5), p('repeatabilityUm', 'lte', 1.4), p('travelMm', 'gte', 1000), p('travelMm', 'lt', 4000)], none: [words('gear', 'gears', 'dental')] },
  },
  {
    id: 'machine-tools.milling-5axis-coarse', family: 'materials processing', eccn: '2B991', outcome: 'review', priority: 40,
    criteria: 'Five-axis milling machine, travel under 1 m, repeatability coarser than 0.9 µm (outside 2B001.b.2.a)',
    citation: cite('2B001.b.2.a', 'ECCN 2B991'),
    when: { all: [MILL, p('contouringAxes', 'gte', 5), p('repeatabilityUm', 'gt', 0.9), p('travelMm', 'lt', 1000)] },
    note: 'check 2B991 before EAR99',
  },
  {
    id: 'machine-tools.milling-4axis', family: 'materials processing', eccn: '2B001.b.1', outcome: 'propose', priority: 40,
    criteria: 'Milling machine with three linear plus one rotary contouring axes and repeatability of 0.9 µm or better',
    citation: cite('2B001.b.1'),
    when: { all: [MILL, p('contouringAxes', 'eq', 4), p('repeatabilityUm', 'lte', 0.9)], none: [words('gear', 'gears', 'dental')] },
  },
  {
    id: 'machine-tools.turning', family: 'materials processing', eccn: '2B001.a', outcome: 'propose', priority: 40,
    criteria: 'Turning machine with two or more contouring axes and repeatability of 0.9 µm or better',
    citation: cite('2B001.a'),
    when: { all: [LATHE, p('contouringAxes', 'gte', 2), p('repeatabilityUm', 'lte', 0.9)], none: [words('swiss', 'bar machine', 'bar feed', 'contact lens', 'contact lenses')] },
  },
  {
    id: 'machine-tools.grinding-5axis', family: 'materials processing', eccn: '2B001.c.2', outcome: 'propose', priority: 40,
    criteria: 'Grinding machine with five or more contouring axes and repeatability of 1.1 µm or better',
    citation: cite('2B001.c.2'),
    when: { all: [GRINDER, p('contouringAxes', 'gte', 5), p('repeatabilityUm', 'lte', 1.1)], none: [words('surface grinder', 'cylindrical', 'jig grinder', 'bench grinder', 'angle grinder')] },
  },
  {
    id: 'machine-tools.unstated', family: 'materials processing', eccn: '2B001', outcome: 'review', priority: 39,
    criteria: 'Numerically controlled machine tool',
    citation: cite('2B001', 'ECCN 2B991'),
    when: { any: [MILL, LATHE, GRINDER], none: [words('bench grinder', 'angle grinder', 'coffee grinder', 'spice grinder', 'pepper mill', 'end mill', 'end mills', 'paper mill', 'mill cutter')] },
    note: "2B001 turns on the number of contouring axes and the 'unidirectional positioning repeatability' (ISO 230-2) and travel; positioning accuracy is not the same figure",
  },

  // ---------------- chemicals: signals the CAS lists cannot catch ----------------
  {
    id: 'chemicals.cwc-schedule-1', family: 'chemicals and biologicals', eccn: 'USML', outcome: 'review', priority: 95,
    criteria: 'CWC Schedule 1 chemical warfare agent or its key precursor',
    citation: '22 CFR 121.1 Cat. XIV; 15 CFR 745 Supp. 1',
    when: {
      any: [words('sarin', 'soman', 'tabun', 'vx', 'sulfur mustard', 'sulphur mustard', 'mustard gas', 'lewisite', 'nitrogen mustard', 'nerve agent', '107 44 8', '96 64 0', '77 81 6', '50782 69 9', '505 60 2', '541 25 3', '538 07 8', '51 75 2', '555 77 1', '676 99 3', '57856 11 8')],
    },
    note: 'Schedule 1 agents and their key precursors are USML Cat. XIV, not EAR items',
  },
  {
    id: 'chemicals.cwc-families', family: 'chemicals and biologicals', eccn: '1C355.a.2', outcome: 'review', priority: 50,
    criteria: 'Organophosphorus or N,N-dialkyl aminoethyl compound of a family 1C355.a.2 controls without listing CAS numbers',
    citation: cite('1C355.a.2'),
    when: { any: [words('phosphon*', 'phosphin*', 'phosphoramid*', 'aminoethyl*', 'aminoethan*', 'fluorophosph*', 'chlorophosph*', 'methylphosph*', 'ethylphosph*', 'propylphosph*')] },
    note: 'check the structure against the 1C355.a.2 families and Schedule 2 of the CWC',
  },

  // ---------------- ordinary goods: EAR99 by nature ----------------
  ...ear99('furniture', 'Furniture', ['chair', 'chairs', 'desk', 'desks', 'sofa', 'couch', 'bookshelf', 'bookcase', 'wardrobe', 'furniture', 'stool', 'dining table', 'coffee table', 'office chair', 'filing cabinet', 'mattress']),
  ...ear99('apparel', 'Clothing and textiles', ['t shirt', 't shirts', 'tshirt', 'shirt', 'shirts', 'jacket', 'jackets', 'trousers', 'jeans', 'socks', 'sweater', 'hoodie', 'dress', 'skirt', 'scarf', 'apron', 'baseball cap', 'beanie', 'towel', 'towels', 'bed sheet', 'bedding', 'pillow', 'blanket', 'curtain', 'curtains', 'rug']),
  ...ear99('fasteners', 'Ordinary fasteners and hardware', ['screw', 'screws', 'bolt', 'bolts', 'hex nut', 'hex nuts', 'washer', 'washers', 'rivet', 'rivets', 'fastener', 'fasteners', 'wood screw', 'hinge', 'hinges', 'nail', 'nails', 'cable tie', 'cable ties', 'wall anchor']),
  ...ear99('food', 'Food and drink', ['coffee', 'tea', 'chocolate', 'snack', 'biscuits', 'cookies', 'flour', 'rice', 'sugar', 'olive oil', 'juice', 'wine', 'beer', 'candy', 'cereal', 'pasta', 'honey', 'spices', 'sauce']),
  ...ear99('paper', 'Paper goods and office supplies', ['printer paper', 'copy paper', 'envelope', 'envelopes', 'napkins', 'paper towel', 'paper towels', 'tissue paper', 'toilet paper', 'cardboard box', 'cardboard boxes', 'carton', 'cartons', 'sticky notes', 'spiral notebook', 'paper notebook', 'ballpoint pen', 'pencil', 'pencils', 'stapler', 'ring binder', 'labels', 'greeting card', 'calendar']),
  ...ear99('household', 'Household and kitchen goods', ['mug', 'mugs', 'coffee mug', 'dinner plate', 'cutlery', 'spoon', 'fork', 'frying pan', 'saucepan', 'cookware', 'water bottle', 'lunch box', 'broom', 'mop', 'bucket', 'laundry basket', 'picture frame', 'candle', 'vase', 'plant pot', 'umbrella', 'backpack', 'suitcase', 'wallet']),
  ...ear99('toys-sport', 'Toys and sporting goods', ['plush toy', 'teddy bear', 'board game', 'jigsaw puzzle', 'building blocks', 'yoga mat', 'football', 'basketball', 'tennis racket', 'tennis balls', 'skipping rope', 'dumbbell', 'dumbbells']),
  ...ear99('accessories', 'Simple accessories and cables', ['phone case', 'smartphone case', 'screen protector', 'usb cable', 'charging cable', 'hdmi cable', 'power cord', 'extension cord', 'mouse pad', 'laptop sleeve', 'laptop bag', 'keyboard cover', 'charger', 'chargers', 'wall charger', 'power bank']),
];

function ear99(key, what, phrases) {
  return [{
    id: `ear99.${key}`, family: 'ordinary goods', eccn: 'EAR99', outcome: 'propose', priority: 5,
    criteria: `${what}: consumer or commodity goods that no CCL entry describes`,
    citation: '15 CFR 734.3(c)',
    when: { any: [words(...phrases)] },
  }];
}

/** Words that make EAR99 unsafe whatever else the row says: any one sends it to review. */
export const EAR99_BLOCKERS = [
  'military', 'defense', 'defence', 'weapon', 'weapons', 'firearm*', 'rifle*', 'pistol*', 'gun', 'guns', 'ammunition', 'missile*', 'rocket*',
  'nuclear', 'radioactive', 'uranium', 'plutonium', 'tritium', 'explosive*', 'propellant*', 'pyrotechnic*', 'detonator*', 'armor', 'armour', 'ballistic',
  'aircraft', 'aerospace', 'spacecraft', 'satellite*', 'submarine*', 'itar', 'usml', 'toxin*', 'pathogen*', 'virus', 'viruses', 'bacteri*',
  'chemical weapon*', 'nerve agent', 'cbrn', 'nbc', 'precursor*', 'encryption', 'encrypted', 'laser*', 'infrared', 'thermal imaging', 'night vision',
  'drone*', 'uav', 'unmanned', 'gnss', 'gps', 'radar', 'sonar', 'rad hard', 'radiation hardened', 'centrifuge*', 'fermenter*', 'titanium', 'carbon fiber', 'carbon fibre',
  // Materials the CCL controls by name rather than by CAS number (categories 0 and 1: 1C011, 1C111,
  // 1C202, 1C216, 1C226–1C240, 1C997, 0C001–0C201 …): a CAS number missing from the 1C350/1C355
  // lists says nothing about these, so EAR99 is never proposed for them.
  'beryllium', 'lithium', 'deuterium', 'heavy water', 'deuterated', 'helium 3', 'boron', 'zirconium', 'hafnium', 'tungsten', 'tantalum',
  'niobium', 'rhenium', 'thorium', 'polonium', 'radium', 'actinium', 'americium', 'californium', 'neptunium', 'curium', 'isotope*', 'enriched',
  'fissile', 'maraging', 'calcium metal', 'magnesium metal', 'graphite', 'hydrazine*', 'perchlorate*', 'ammonium nitrate', 'nitrocellulose',
  'nitroglycerin*', 'nitramine*', 'tetranitr*', 'hexanitr*', 'trinitr*', 'dinitr*', 'azide*', 'oxidizer*', 'oxidiser*', 'fuel additive*',
  'aluminum powder', 'aluminium powder', 'spherical powder', 'metal powder', 'boron carbide', 'silicon carbide', 'prepreg*', 'aramid',
  'polybenzoxazole', 'fluoroelastomer*', 'fluorinated', 'fluorocarbon', 'fluoride*', 'hydrogen fluoride', 'chlorine trifluoride', 'nickel powder',
  'cyanide*', 'phosphorus', 'arsenic', 'sodium azide', 'fentanyl*', 'opioid*', 'benzilate*', 'tear gas', 'riot control', 'pepper spray',
];

/** Words that suggest a mixture or consumer product (1C350 Notes 2 and 4; 1C355 Note 1). */
export const MIXTURE_WORDS = ['mixture', 'mixtures', 'solution', 'blend', 'formulation', 'containing', 'contains', 'kit', 'kits', 'toothpaste', 'retail', 'consumer', 'diluted', 'dilute', 'aqueous', 'in water', 'mouthwash', 'cleaner', 'detergent', 'test kit'];

/** ECCN-cell markers that are not ECCNs. */
export const ECCN_MARKERS = [
  {
    id: 'itar', phrases: ['itar', 'usml', '22 cfr', 'international traffic in arms', 'defense article', 'defence article'],
    meaning: 'it marks the item as a defense article on the U.S. Munitions List (ITAR, 22 CFR 120–130). Items subject to the ITAR are not subject to the EAR (15 CFR 734.3(b)(1)(i)); EARmark does not classify them and never reads this as EAR99. Confirm the jurisdiction (a commodity jurisdiction determination if in doubt).',
    citation: '15 CFR 734.3(b)(1)(i)',
  },
  {
    id: 'not-subject', phrases: ['nsr', 'not subject', 'not subject to the ear', 'not subject to ear', 'nste', 'not ear'],
    meaning: 'it says the item is not subject to the EAR (e.g. published information or technology, or another agency\'s exclusive jurisdiction — 15 CFR 734.3(b)). That is a jurisdiction finding, not EAR99: record its basis; EARmark makes no licence determination for it.',
    citation: '15 CFR 734.3(b)',
  },
  {
    id: 'other-agency', phrases: ['nrc', '10 cfr 110', 'doe', '10 cfr 810', 'fda'],
    meaning: 'it points to another agency\'s export rules (NRC 10 CFR 110 for nuclear materials and equipment, DOE 10 CFR 810 for nuclear technology): such items are outside the EAR under 15 CFR 734.3(b)(1). Confirm which agency controls the item.',
    citation: '15 CFR 734.3(b)(1)',
  },
  {
    id: 'nlr', phrases: ['nlr', 'no license required', 'no licence required'],
    meaning: 'NLR is a licensing outcome (no licence required for a given destination), not a classification: enter the ECCN or EAR99 it was based on.',
    citation: '15 CFR 738.4(a)',
  },
];
