import { extractParameters } from '../../../src/engine';

const value = (text: string, name: Parameters<typeof pick>[1]) => pick(text, name);
function pick(text: string, name: keyof ReturnType<typeof extractParameters>) {
  return extractParameters(text)[name]?.value;
}

describe('extractParameters: units are converted to one canonical unit', () => {
  test('frame rate in Hz, kHz and frames per second; the datasheet maximum is taken', () => {
    expect(value('thermal camera, 30 Hz', 'frameRateHz')).toBe(30);
    expect(value('high-speed camera 1.2 kHz', 'frameRateHz')).toBe(1200);
    expect(value('25 fps', 'frameRateHz')).toBe(25);
    expect(value('9 frames per second', 'frameRateHz')).toBe(9);
    expect(value('selectable 9 Hz or 60 Hz', 'frameRateHz')).toBe(60);
    // Radio and clock frequencies are not frame rates.
    expect(value('Wi-Fi 2.4 GHz, CPU 1.8 GHz', 'frameRateHz')).toBeUndefined();
  });

  test('wavelength in nm, µm and um, ranges kept as both ends', () => {
    expect(value('8-14 µm', 'wavelengthMinUm')).toBe(8);
    expect(value('8-14 µm', 'wavelengthMaxUm')).toBe(14);
    expect(value('1064 nm laser', 'wavelengthMaxUm')).toBeCloseTo(1.064);
    expect(value('10.6 um CO2', 'wavelengthMinUm')).toBe(10.6);
  });

  test('microchannel-plate hole pitch in µm, only when said of the plate or its holes (not a pixel pitch)', () => {
    expect(value('image intensifier tube, MCP pitch 6 µm', 'mcpPitchUm')).toBe(6);
    expect(value('microchannel plate hole pitch: 12 um', 'mcpPitchUm')).toBe(12);
    expect(value('MCP center-to-center spacing 25 microns', 'mcpPitchUm')).toBe(25);
    expect(value('thermal core 640x512, pixel pitch 12 µm', 'mcpPitchUm')).toBeUndefined();
  });

  test('power in mW, W and kW', () => {
    expect(value('5 mW pointer', 'powerW')).toBeCloseTo(0.005);
    expect(value('500 W CW', 'powerW')).toBe(500);
    expect(value('2 kW fiber laser', 'powerW')).toBe(2000);
    expect(value('battery 100 Wh', 'powerW')).toBeUndefined();
  });

  test('total dose: rad, krad, Mrad and Gy, as Gy(Si) (1 Gy = 100 rad)', () => {
    expect(value('total dose 300 krad(Si)', 'totalDoseGySi')).toBe(3000);
    expect(value('TID 1 Mrad(Si)', 'totalDoseGySi')).toBe(10_000);
    expect(value('total dose 5 x 10^3 Gy(Si)', 'totalDoseGySi')).toBe(5000);
  });

  test('gusts in km/h, knots (× 1.852), m/s (× 3.6) and mph', () => {
    expect(value('wind resistance 50 km/h', 'gustKmh')).toBe(50);
    expect(value('gusts of 25 knots', 'gustKmh')).toBeCloseTo(46.3);
    expect(value('wind resistance 12 m/s', 'gustKmh')).toBeCloseTo(43.2);
  });

  test('endurance in minutes and hours', () => {
    expect(value('endurance 45 min', 'enduranceMin')).toBe(45);
    expect(value('endurance 1.5 hours', 'enduranceMin')).toBe(90);
    expect(value('35 min flight time', 'enduranceMin')).toBe(35);
  });

  test('key length: stated bits, AES-n, and algorithms without a figure', () => {
    expect(value('AES-256 encryption', 'keyLengthBits')).toBe(256);
    expect(value('56-bit DES encryption', 'keyLengthBits')).toBe(56);
    expect(value('encryption with 40-bit key', 'keyLengthBits')).toBe(40);
    expect(value('WPA3 router', 'keyLengthBits')).toBe(128);
    expect(value('DES encryptor', 'keyLengthBits')).toBe(56);
    // Bits that are not a key: an ADC's resolution.
    expect(value('14-bit ADC, 250 MSPS', 'keyLengthBits')).toBeUndefined();
  });

  test('mass-market status from a column or the text, negatives first', () => {
    expect(value('Mass market: Yes', 'massMarket')).toBe(1);
    expect(value('mass market: no', 'massMarket')).toBe(0);
    expect(value('not mass market', 'massMarket')).toBe(0);
    expect(value('mass-market VPN client', 'massMarket')).toBe(1);
  });

  test('TPP, and performance density stated or computed as TPP / die area', () => {
    expect(value('TPP 15,832', 'tpp')).toBe(15832);
    expect(value('total processing performance 4800', 'tpp')).toBe(4800);
    expect(value('TPP 4799, die area 900 mm2', 'performanceDensity')).toBeCloseTo(5.332, 2);
    expect(value('performance density 5.92', 'performanceDensity')).toBe(5.92);
  });

  test('repeatability in µm or mm, axes, travel in mm or m', () => {
    expect(value('unidirectional positioning repeatability 0.8 µm', 'repeatabilityUm')).toBe(0.8);
    expect(value('repeatability 0.0009 mm', 'repeatabilityUm')).toBeCloseTo(0.9);
    expect(value('5-axis machining center', 'contouringAxes')).toBe(5);
    expect(value('five axis mill', 'contouringAxes')).toBe(5);
    expect(value('X travel 1.2 m', 'travelMm')).toBe(1200);
  });

  test('calibre: inches (.308, .50 BMG) and millimetres (9mm, 7.62x39, 5.56 NATO)', () => {
    expect(value('rifle .308 Win', 'calibreMm')).toBeCloseTo(7.823, 2);
    expect(value('rifle .50 BMG', 'calibreMm')).toBeCloseTo(12.7);
    expect(value('pistol 9mm', 'calibreMm')).toBe(9);
    expect(value('rifle 7.62x39mm', 'calibreMm')).toBe(7.62);
    expect(value('rifle 5.56 NATO', 'calibreMm')).toBe(5.56);
  });

  test('concentration, magazine capacity, barrel length, NIJ level, array size', () => {
    expect(value('Triethanolamine 85%', 'concentrationPct')).toBe(85);
    expect(value('30-round magazine', 'magazineRounds')).toBe(30);
    expect(value('barrel 45.72 cm', 'barrelLengthIn')).toBeCloseTo(18);
    expect(value('NIJ level IIIA', 'nijLevel')).toBe(3);
    expect(value('NIJ 0101.06 Level III', 'nijLevel')).toBe(4);
    expect(value('microbolometer 640×512', 'arrayElements')).toBe(327_680);
    expect(value('box 40x30x20 cm', 'arrayElements')).toBeUndefined();
  });
});
