// Writes examples/sample-catalog.xlsx: a realistic (fictitious) export catalog for trying EARmark.
// Run: node scripts/make-sample-catalog.mjs [OUT.xlsx]. The company and end-user names are invented.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'examples', 'sample-catalog.xlsx'));

const HEADERS = ['Part Number', 'Description', 'ECCN', 'Destination Country', 'End User', 'End Use', 'Unit Value', 'Qty', 'Line Total (USD)', 'CAS No.'];

// [part, description, eccn, destination, end user, end use, unit value USD, qty, CAS]; null = blank row.
const ROWS = [
  // Networking and encryption
  ['AC-NET-1001', 'Managed Ethernet switch, 24-port, TLS/SSH management (mass market)', '5A992.c', 'Germany', 'Nordlicht Messtechnik GmbH', 'Factory network', 1850, 10],
  ['AC-NET-1002', 'Branch VPN router, IPsec, mass-market encryption', '5A992.c', 'DE', '', '', 640, 25],
  ['AC-NET-1003', 'Branch VPN router, IPsec, mass-market encryption', '5A992.c', 'China', 'Bright River Trading Co., Ltd.', 'Resale', 640, 40],
  ['AC-NET-1004', 'Wi-Fi 6 access point, WPA3', '5A992.c', 'Russia', '', '', 310, 12],
  ['AC-SW-2001', 'Network management software, mass-market encryption', '5D992.c', 'United Kingdom', 'Harbourview Logistics Ltd', 'IT operations', 1200, 3],
  ['AC-SW-2002', 'Network management software, mass-market encryption', '5D992.c', 'Iran', 'Caspian Horizon Trading', '', 1200, 1],
  ['AC-NET-1100', 'High-assurance link encryptor, 10 Gb/s (not mass market)', '5A002.a', 'Canada', 'Maple Leaf Instruments Inc.', 'Utility SCADA links', 14500, 2],
  ['AC-NET-1101', 'High-assurance link encryptor, 10 Gb/s (not mass market)', '5A002.a', 'India', 'Lakshmi Electronics Pvt Ltd', 'Telecom backbone', 14500, 4],
  ['AC-NET-1102', 'High-assurance link encryptor, 1 Gb/s', '5A002', 'Hong Kong', '', '', 9800, 1],
  ['AC-NET-1003', 'Branch VPN router, IPsec, mass-market encryption', '5A992.c', 'Korea', '', '', 640, 8],
  // Computers and electronics
  ['AC-CMP-3001', 'Fanless industrial PC, 8-core', '4A994', 'Mexico', 'Aztec Industrial S.A. de C.V.', 'Line control', 2100, 6],
  ['AC-CMP-3002', 'Fanless industrial PC, 8-core', '4A994', 'Cuba', '', '', 2100, 2],
  ['AC-CMP-3003', 'Rugged tablet computer', '4A994', 'Türkiye', 'Anatolia Test Equipment A.S.', '', 1450, 5],
  ['AC-EL-3101', 'Vector signal analyser module, 6 GHz', '3A991', 'Japan', 'Sakura Optics K.K.', 'R&D lab', 5200, 2],
  ['AC-EL-3102', 'Vector signal analyser module, 6 GHz', '3A991', 'DE', '', '', 5200, 1],
  ['AC-EL-3201', 'GaN MMIC power amplifier, 8-12 GHz', '3A001.b.2', 'China', 'Bright River Trading Co., Ltd.', 'Radar test set', 780, 50],
  ['AC-EL-3202', 'GaN MMIC power amplifier, 8-12 GHz', '3A001.b.2', 'Germany', 'Nordlicht Messtechnik GmbH', 'Satellite ground station', 780, 20],
  ['AC-EL-3203', 'GaN MMIC power amplifier, 8-12 GHz', '3A001.b.2', 'Korea', '', '', 780, 10],
  // Thermal cameras
  ['AC-TH-4001', 'Uncooled thermal imaging core, 640x512, 30 Hz', '6A003.b.4.b', 'India', 'Lakshmi Electronics Pvt Ltd', 'Border surveillance', 3900, 12],
  ['AC-TH-4002', 'Uncooled thermal imaging core, 640x512, 30 Hz', '6A003.b.4.b', 'Türkiye', '', '', 3900, 4],
  ['AC-TH-4003', 'Handheld thermal camera, 9 Hz', '6A993.a', 'Brazil', 'Rio Verde Agro Ltda', 'Building inspection', 1100, 15],
  ['AC-TH-4004', 'Uncooled thermal imaging core, 640x512, 30 Hz', '6A003.b.4.b', 'DEU', '', '', 3900, 2],
  ['AC-TH-4005', 'Handheld thermal camera, 9 Hz', '6A993.a', 'Hong Kong', '', '', 1100, 6],
  // GNSS
  ['AC-NAV-5001', 'Multi-band GNSS receiver module', '7A994', 'Australia', 'Kestrel Aerial Systems Pty Ltd', 'Survey drones', 420, 30],
  ['AC-NAV-5002', 'Multi-band GNSS receiver module', '7A994', 'Congo', '', '', 420, 5],
  ['AC-NAV-5003', 'Multi-band GNSS receiver module', '7A994', 'Russia', 'Volga Precision LLC', '', 420, 20],
  null,
  // UAV parts
  ['AC-UAV-6001', 'UAV flight controller board', '9A991.d', 'UK', '', 'Agricultural spraying drones', 950, 10],
  ['AC-UAV-6002', 'Long-endurance UAV airframe, 300 km range', '9A012.a', 'Canada', 'Maple Leaf Instruments Inc.', 'Pipeline inspection', 48000, 1],
  ['AC-UAV-6003', 'Long-endurance UAV airframe, 300 km range', '9A012.a', 'China', '', '', 48000, 1],
  ['AC-UAV-6004', 'UAV propulsion motor set', '9A991.d', 'India', '', '', 260, 40],
  // Firearms accessories and sights
  ['AC-FA-7001', 'Riflescope 4-16x50, illuminated reticle', '0A504.i', 'Australia', 'Outback Sporting Supplies', 'Retail', 690, 12],
  ['AC-FA-7002', 'Riflescope 4-16x50, illuminated reticle', '0A504.i', 'Canada', '', '', 690, 6],
  ['AC-FA-7003', 'Rifle barrel blank, .308', '0A501.c', 'UK', 'Harbourview Logistics Ltd', '', 240, 10],
  ['AC-FA-7004', 'Rifle trigger group', '0A501.d', 'Mexico', '', '', 180, 25],
  // Chemicals
  ['AC-CH-8001', 'Thiodiglycol, 99%, 25 kg drum', '1C350', 'India', 'Lakshmi Electronics Pvt Ltd', 'Textile dye carrier', 380, 8, '111-48-8'],
  ['AC-CH-8002', 'Triethanolamine, 85%, 200 l drum', '1C350', 'Brazil', 'Rio Verde Agro Ltda', 'Cement grinding aid', 520, 4, '102-71-6'],
  ['AC-CH-8003', 'Triethanolamine, 99%, 1 l bottle', '1C350', 'Germany', '', '', 45, 20, '102-71-6'],
  ['AC-CH-8004', 'Isopropyl alcohol, 99.9%, 4 l', 'EAR99', 'Canada', '', 'Cleaning', 28, 60, '67-63-0'],
  ['AC-CH-8005', 'Sodium chloride, reagent grade, 1 kg', 'EAR99', 'Mexico', '', '', 12, 100, '7647-14-5'],
  ['AC-CH-8006', 'Thiodiglycol, 98%, 5 l', '', 'China', 'Bright River Trading Co., Ltd.', '', 95, 10, '111-48-8'],
  // Machine tools
  ['AC-MT-9001', '5-axis machining centre, 1 um positioning accuracy', '2B001.b', 'China', 'Jade Valley Machinery Co.', 'Aerospace parts', 385000, 1],
  ['AC-MT-9002', '5-axis machining centre, 1 um positioning accuracy', '2B001.b', 'Japan', 'Sakura Optics K.K.', 'Lens moulds', 385000, 1],
  ['AC-MT-9003', 'CNC turning centre', '2B001.a', 'Germany', '', '', 212000, 1],
  // EAR99 goods
  ['AC-FN-0001', 'Ergonomic office chair', 'EAR99', 'Germany', '', '', 420, 30],
  ['AC-FN-0002', 'Steel laboratory bench, 1.8 m', 'EAR99', 'Russia', 'Volga Precision LLC', '', 760, 4],
  ['AC-AP-0101', 'Cleanroom coverall, size L', 'EAR99', 'Iran', '', '', 35, 200],
  ['AC-AP-0102', 'Fleece jacket with company logo', 'EAR99', 'Cuba', '', '', 48, 12],
  ['AC-HW-0201', 'M6 stainless hex bolts, box of 100', 'EAR99', 'Mexico', '', '', 19, 80],
  ['AC-HW-0202', 'M6 stainless hex nuts, box of 100', 'EAR 99', 'Hong Kong', '', '', 11, 80],
  ['AC-HW-0203', 'Cable ties, 300 mm, bag of 1000', 'ear99', 'Congo', '', '', 22, 15],
  // Rows an analyst still has to finish
  ['AC-MISC-0001', 'Replacement power supply, 24 V', '', 'Canada', '', '', 85, 10],
  ['AC-MISC-0002', 'Coaxial cable assembly, SMA, 1 m', '', 'Germany', '', '', 24, 50],
  ['AC-MISC-0003', 'Probe adapter kit', '5A99', 'Japan', '', '', 130, 5],
  ['AC-MISC-0004', 'Field service kit', 'EAR-99X', 'Brazil', '', '', 310, 2],
  ['AC-MISC-0005', 'Fanless industrial PC, 4-core', '4A994', 'Atlantis', '', '', 1600, 1],
  ['AC-MISC-0006', 'Vector signal analyser module, 3 GHz', '3A991', '', '', '', 4100, 1],
  ['AC-MISC-0007', 'Branch VPN router, IPsec, mass-market encryption', '5A992.c', '', '', '', 640, 3],
  ['AC-MISC-0008', 'Packing foam inserts', 'EAR99', '', '', '', 3, 500],
  ['AC-MISC-0009', 'Network management software, mass-market encryption', '5D992.c', 'Australia', 'Kestrel Aerial Systems Pty Ltd', '', 1200, 2],
];

const workbook = new ExcelJS.Workbook();
workbook.creator = 'Acme Instruments Trade Compliance (fictitious)';
workbook.created = new Date('2026-07-01T00:00:00Z');
workbook.modified = new Date('2026-07-01T00:00:00Z');

const sheet = workbook.addWorksheet('Catalog', { views: [{ state: 'frozen', ySplit: 4 }] });
sheet.getCell('A1').value = 'Acme Instruments — Export catalog Q3 2026';
sheet.getCell('A1').font = { bold: true, size: 14 };
sheet.mergeCells('A1:F1');
sheet.getCell('A2').value = 'Prepared by Trade Compliance for classification review. Unit values in USD. All company names are fictitious.';
sheet.getCell('A2').font = { italic: true, color: { argb: 'FF595959' } };
// Row 3 is left empty; the header is on row 4.
const FIRST_HEADER_ROW = 4;
const header = sheet.getRow(FIRST_HEADER_ROW);
HEADERS.forEach((h, i) => {
  const cell = header.getCell(i + 1);
  cell.value = h;
  cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } };
  cell.alignment = { vertical: 'middle', wrapText: true };
});

let r = FIRST_HEADER_ROW + 1;
for (const row of ROWS) {
  if (row !== null) {
    const [part, description, eccn, destination, endUser, endUse, value, qty, cas = ''] = row;
    const cells = sheet.getRow(r);
    [part, description, eccn, destination, endUser, endUse].forEach((v, i) => {
      if (v !== '') cells.getCell(i + 1).value = v;
    });
    cells.getCell(7).value = value;
    cells.getCell(7).numFmt = '"$"#,##0.00';
    cells.getCell(8).value = qty;
    cells.getCell(9).value = { formula: `G${r}*H${r}`, result: value * qty };
    cells.getCell(9).numFmt = '"$"#,##0.00';
    if (cas !== '') cells.getCell(10).value = cas;
  }
  r++;
}

[16, 52, 13, 20, 30, 26, 12, 7, 15, 12].forEach((width, i) => {
  sheet.getColumn(i + 1).width = width;
});

const notes = workbook.addWorksheet('Notes');
notes.getCell('A1').value = 'About this catalog';
notes.getCell('A1').font = { bold: true };
notes.getCell('A2').value = 'Sample data for trying EARmark: npx earmark classify (or open it in Excel with the add-in).';
notes.getCell('A3').value = 'ECCNs here are illustrative; blank, malformed and ambiguous entries are deliberate.';
notes.getColumn(1).width = 90;

await workbook.xlsx.writeFile(out);
console.log(`wrote ${path.relative(root, out)} (${ROWS.filter(Boolean).length} product rows)`);
