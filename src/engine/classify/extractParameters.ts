import type { ParameterName } from './ClassificationRules';

/** A parameter read from a row: the value in the canonical unit, and the words it was read from. */
export interface Extracted {
  value: number;
  /** The text the value came from, as written ("30 Hz", "1 Mrad(Si)"). */
  evidence: string;
}

type Extractor = (raw: string) => Extracted | null;

/** Regular expressions are built from shared pieces (NUM) once, at load: never per row. */
const rx = (source: string, flags = ''): RegExp => new RegExp(source, flags);

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)`;
const num = (s: string) => Number(s.replace(/,/g, ''));

/** The readers' regular expressions, compiled once at load. */
const FRAME_RATE_RE = rx(`${NUM}\\s*(khz|hz|fps|frames?\\s*(?:per\\s*second|/\\s*s(?:ec)?))(?![a-z])`, 'g');
const FRAME_RATE_FIELD_RE = rx(`frame\\s*rate[^0-9]{0,20}${NUM}`);
const POWER_RE = rx(`${NUM}\\s*(milliwatts?|kilowatts?|watts?|mw|kw|w)(?![a-z])`, 'g');
const ENDURANCE_FIELD_RE = rx(`(?:endurance|flight\\s*time|flight\\s*duration|hover\\s*time)[^0-9]{0,25}${NUM}\\s*(minutes?|mins?|hours?|hrs?|h)(?![a-z])`);
const ENDURANCE_FIGURE_RE = rx(`${NUM}\\s*(minutes?|mins?|hours?|hrs?|h)\\s*(?:of\\s*)?(?:endurance|flight\\s*time|flight)`);
const GUST_RE = rx(`(?:gust|wind)[^0-9]{0,30}${NUM}\\s*(km/h|kph|kmh|knots?|kts?|kn|m/s|mph)(?![a-z])`);
const TPP_RE = rx(`(?:\\btpp|total\\s*processing\\s*performance)[^0-9]{0,15}${NUM}`);
const PERFORMANCE_DENSITY_RE = rx(`performance\\s*density[^0-9]{0,15}${NUM}`);
const DIE_AREA_RE = rx(`die\\s*(?:area|size)[^0-9]{0,15}${NUM}\\s*mm`);
const TOTAL_DOSE_RE = rx(`${NUM}\\s*(?:[x×]\\s*10\\^?\\s*(\\d+)\\s*)?(m|k)?(rad|gy)(?![a-z])`, 'g');
const REPEATABILITY_RE = rx(`repeatability[^0-9]{0,30}${NUM}\\s*(µm|μm|um|microns?|mm)(?![a-z])`);
const TRAVEL_RE = rx(`travel[^0-9]{0,20}${NUM}\\s*(mm|m)(?![a-z])`);
const CONCENTRATION_FIELD_RE = rx(`(?:concentration|purity|assay|content)[^0-9]{0,15}${NUM}\\s*%`);
const PERCENT_RE = rx(`${NUM}\\s*%`);
const BARREL_FIELD_RE = rx(`barrel[^0-9]{0,20}${NUM}\\s*(inches|inch|in\\b|"|cm|mm)`);
const BARREL_FIGURE_RE = rx(`${NUM}\\s*(inches|inch|in\\b|"|cm|mm)\\s*barrel`);
const MCP_PITCH_RE = rx(`(?:pitch|hole\\s*spacing|center[\\s-]*to[\\s-]*center\\s*spacing)[^0-9]{0,25}${NUM}\\s*(µm|μm|um|microns?)(?![a-z])`, 'g');
const WAVELENGTH_RE = rx(`${NUM}(?:\\s*(?:-|–|to)\\s*${NUM})?\\s*(µm|μm|um|microns?|nm)(?![a-z])`, 'g');

/** The first match of `re`, converted by `convert`; null when there is none. */
function first(raw: string, re: RegExp, convert: (m: RegExpExecArray) => number | null): Extracted | null {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const value = convert(m);
    if (value !== null && Number.isFinite(value)) return { value, evidence: m[0].trim() };
    if (!re.global) break;
  }
  return null;
}

/** The largest of all matches (a datasheet's "maximum" figure: frame rates, powers). */
function largest(raw: string, re: RegExp, convert: (m: RegExpExecArray) => number | null): Extracted | null {
  re.lastIndex = 0;
  let best: Extracted | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const value = convert(m);
    if (value !== null && Number.isFinite(value) && (!best || value > best.value)) best = { value, evidence: m[0].trim() };
  }
  return best;
}

const near = (raw: string, index: number, words: RegExp, span = 40) =>
  words.test(raw.slice(Math.max(0, index - span), index + span));

const HZ = { hz: 1, khz: 1e3 } as Record<string, number>;
const UM = { µm: 1, μm: 1, um: 1, micron: 1, microns: 1, nm: 1e-3, mm: 1e3 } as Record<string, number>;
const WATT = { w: 1, watt: 1, watts: 1, mw: 1e-3, milliwatt: 1e-3, milliwatts: 1e-3, kw: 1e3, kilowatt: 1e3, kilowatts: 1e3 } as Record<string, number>;
const RAD_TO_GY = 0.01;
const NIJ = { iia: 1, '2a': 1, ii: 2, '2': 2, iiia: 3, '3a': 3, iii: 4, '3': 4, iv: 5, '4': 5 } as Record<string, number>;
const WORD_NUMBERS = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 } as Record<string, number>;
const CRYPTO_CONTEXT = /aes|encrypt|cipher|crypt|symmetric|key\b|key length|\bkey/;
const ARRAY_CONTEXT = /array|resolution|pixel|fpa|detector|sensor|microbolometer|vox|format|imager|camera|thermal|core/;

/**
 * Each parameter's reader. Units are converted to the canonical unit of PARAMETER_UNITS: Hz/kHz,
 * nm/µm/mm → µm, mW/W/kW → W, minutes/hours → minutes, knots/m/s/mph → km/h, rad/krad/Mrad/Gy → Gy(Si).
 */
const EXTRACTORS: Record<ParameterName, Extractor> = {
  frameRateHz: (raw) =>
    largest(raw, FRAME_RATE_RE, (m) =>
      num(m[1]) * (HZ[m[2]] ?? 1),
    ) ?? first(raw, FRAME_RATE_FIELD_RE, (m) => num(m[1])),

  arrayElements: (raw) =>
    largest(raw, /(\d{2,5})\s*[x×*]\s*(\d{2,5})(?!\s*(?:mm|cm|m\b|in|"))/g, (m) =>
      near(raw, m.index, ARRAY_CONTEXT) ? Number(m[1]) * Number(m[2]) : null,
    ),

  wavelengthMinUm: (raw) => wavelength(raw, 'min'),
  wavelengthMaxUm: (raw) => wavelength(raw, 'max'),

  powerW: (raw) =>
    largest(raw, POWER_RE, (m) => num(m[1]) * (WATT[m[2]] ?? NaN)),

  keyLengthBits: (raw) => keyLength(raw),

  massMarket: (raw) => {
    const field = /mass[\s-]*market(?:\s*(?:status|encryption|item))?\s*[:=]\s*(yes|no|y|n|true|false)\b/.exec(raw);
    if (field) return { value: /^(yes|y|true)$/.test(field[1]) ? 1 : 0, evidence: field[0] };
    const negative = /\b(?:non|not)[\s-]+(?:a\s+)?mass[\s-]*market\b/.exec(raw);
    if (negative) return { value: 0, evidence: negative[0] };
    const positive = /\bmass[\s-]*market\b/.exec(raw);
    return positive ? { value: 1, evidence: positive[0] } : null;
  },

  enduranceMin: (raw) =>
    first(raw, ENDURANCE_FIELD_RE, (m) =>
      num(m[1]) * (m[2].startsWith('h') ? 60 : 1),
    ) ??
    first(raw, ENDURANCE_FIGURE_RE, (m) =>
      num(m[1]) * (m[2].startsWith('h') ? 60 : 1),
    ),

  gustKmh: (raw) =>
    first(raw, GUST_RE, (m) => {
      const v = num(m[1]);
      if (m[2].startsWith('kn') || m[2].startsWith('kt')) return v * 1.852;
      if (m[2] === 'm/s') return v * 3.6;
      if (m[2] === 'mph') return v * 1.609344;
      return v;
    }),

  tpp: (raw) => first(raw, TPP_RE, (m) => num(m[1])),

  performanceDensity: (raw) => {
    const stated = first(raw, PERFORMANCE_DENSITY_RE, (m) => num(m[1]));
    if (stated) return stated;
    const tpp = EXTRACTORS.tpp(raw);
    const die = first(raw, DIE_AREA_RE, (m) => num(m[1]));
    if (!tpp || !die || die.value <= 0) return null;
    return { value: tpp.value / die.value, evidence: `${tpp.evidence} / ${die.evidence}²` };
  },

  totalDoseGySi: (raw) =>
    largest(raw, TOTAL_DOSE_RE, (m) => {
      if (!near(raw, m.index, /dose|tid|radiation|rad[\s-]*hard|rad\s*\(si\)|gy\s*\(si\)/, 30)) return null;
      const mantissa = num(m[1]) * (m[2] ? 10 ** Number(m[2]) : 1);
      const prefix = m[3] === 'm' ? 1e6 : m[3] === 'k' ? 1e3 : 1;
      return mantissa * prefix * (m[4] === 'rad' ? RAD_TO_GY : 1);
    }),

  repeatabilityUm: (raw) =>
    first(raw, REPEATABILITY_RE, (m) => num(m[1]) * (UM[m[2]] ?? NaN)),

  contouringAxes: (raw) =>
    first(raw, /\b(\d|two|three|four|five|six|seven|eight|nine)[\s-]*(?:axis|axes)\b/, (m) => WORD_NUMBERS[m[1]] ?? Number(m[1])),

  travelMm: (raw) =>
    first(raw, TRAVEL_RE, (m) => num(m[1]) * (m[2] === 'm' ? 1000 : 1)),

  concentrationPct: (raw) =>
    first(raw, CONCENTRATION_FIELD_RE, (m) => num(m[1])) ??
    first(raw, PERCENT_RE, (m) => num(m[1])),

  calibreMm: (raw) =>
    first(raw, /(?:^|[^\d.])(0?\.\d{2,3})\s*(?:cal\b|calibre|caliber|acp|win|bmg|rem|s&w|lr|hmr|magnum|mag\b|spl|special|nato|auto|creedmoor|inch)/, (m) => Number(m[1]) * 25.4) ??
    first(raw, /(?:^|[^\d.])(\.\d{2,3})(?![\d.])/, (m) => (near(raw, m.index, /rifle|pistol|revolver|firearm|carbine|cartridge|ammunition|ammo|barrel|handgun|gun/, 60) ? Number(m[1]) * 25.4 : null)) ??
    // Metric: "9mm", "7.62x39mm", "5.56 NATO", "7.62x51".
    first(raw, /(\d{1,2}(?:\.\d{1,2})?)\s*(?:x\s*\d{2,3}\s*)?(?:mm\b|nato\b)|(\d{1,2}\.\d{1,2})\s*x\s*\d{2,3}(?!\d)/, (m) => (near(raw, m.index, /rifle|pistol|revolver|firearm|carbine|cartridge|ammunition|ammo|calib|handgun|luger|parabellum|nato|round/, 60) ? Number(m[1] ?? m[2]) : null)),

  magazineRounds: (raw) =>
    first(raw, /(\d{1,3})[\s-]*(?:rounds?|rds?|shots?|cartridges?)\b/, (m) => (near(raw, m.index, /magazine|mag\b|capacity/, 40) ? Number(m[1]) : null)),

  barrelLengthIn: (raw) =>
    first(raw, BARREL_FIELD_RE, (m) => inches(num(m[1]), m[2])) ??
    first(raw, BARREL_FIGURE_RE, (m) => inches(num(m[1]), m[2])),

  // Only a pitch said of a microchannel plate or its holes: a detector's pixel pitch is another figure.
  mcpPitchUm: (raw) =>
    first(raw, MCP_PITCH_RE, (m) => (near(raw, m.index, /mcp|micro[\s-]*channel|hole/, 40) ? num(m[1]) * (UM[m[2]] ?? NaN) : null)),

  nijLevel: (raw) => first(raw, /nij[^a-z0-9]*(?:0101\.0\d\s*)?(?:level\s*)?(iiia|iia|iii|iv|ii|3a|2a|3|2|4)\b/, (m) => NIJ[m[1]] ?? null),
};

function inches(v: number, unit: string): number {
  if (unit === 'cm') return v / 2.54;
  if (unit === 'mm') return v / 25.4;
  return v;
}

function wavelength(raw: string, end: 'min' | 'max'): Extracted | null {
  const re = WAVELENGTH_RE;
  return first(raw, re, (m) => {
    const factor = UM[m[3]] ?? NaN;
    const a = num(m[1]) * factor;
    const b = m[2] ? num(m[2]) * factor : a;
    return end === 'min' ? Math.min(a, b) : Math.max(a, b);
  });
}

/**
 * Symmetric key length in bits. Stated lengths win ("AES-256", "256-bit key"); otherwise a named
 * algorithm or protocol gives its minimum key length: AES 128, 3DES 112 (two-key, parity excluded),
 * DES 56; TLS, SSH, IPsec, WPA2/WPA3 and HTTPS negotiate AES-128 or stronger ciphers.
 */
function keyLength(raw: string): Extracted | null {
  const aes = /\baes[\s-]*(128|192|256)\b/.exec(raw);
  if (aes) return { value: Number(aes[1]), evidence: aes[0] };
  const stated = largest(raw, /(\d{2,4})[\s-]*bits?\b/g, (m) => (near(raw, m.index, CRYPTO_CONTEXT, 30) ? Number(m[1]) : null));
  if (stated) return stated;
  const keyLen = /key\s*length[^0-9]{0,10}(\d{2,4})/.exec(raw);
  if (keyLen) return { value: Number(keyLen[1]), evidence: keyLen[0] };
  const named: Array<[RegExp, number]> = [
    [/\baes\b/, 128],
    [/\b(?:3des|triple[\s-]*des|tdea)\b/, 112],
    [/\b(?:tls|ssl|ssh|ipsec|wpa2|wpa3|https|sftp)\b/, 128],
    [/\bdes\b/, 56],
  ];
  for (const [re, bits] of named) {
    const m = re.exec(raw);
    if (m) return { value: bits, evidence: m[0] };
  }
  return null;
}

/**
 * A row's parameters, read on first use and kept: a rule asks only for what it compares, so a row
 * no rule reaches costs no regular expression at all.
 */
export class RowParameters {
  /** Made on the first question: most rows are asked none. */
  private cache: Map<ParameterName, Extracted | null> | null = null;

  constructor(private readonly raw: string) {}

  get(name: ParameterName): Extracted | null {
    const cache = (this.cache ??= new Map());
    let hit = cache.get(name);
    if (hit === undefined) {
      hit = EXTRACTORS[name](this.raw);
      cache.set(name, hit);
    }
    return hit;
  }
}

/** All parameters found in a text (tests and the lookup pane show them). */
export function extractParameters(raw: string): Partial<Record<ParameterName, Extracted>> {
  const lower = raw.toLowerCase();
  const out: Partial<Record<ParameterName, Extracted>> = {};
  for (const name of Object.keys(EXTRACTORS) as ParameterName[]) {
    const hit = EXTRACTORS[name](lower);
    if (hit) out[name] = hit;
  }
  return out;
}
