/**
 * The workbook the browser test opens: a title row, the header, twelve products (fictitious
 * parts, real ECCNs and destinations) and a blank row among them.
 */
export const HEADER = ['Part Number', 'Description', 'ECCN', 'Destination', 'End User', 'Value (USD)', 'Qty'];

export const CATALOG_GRID: Array<Array<string | number | null>> = [
  ['Acme Instruments — Export Catalog (Q3 2026)', null, null, null, null, null, null],
  HEADER,
  ['AC-1001', 'Wi-Fi router, mass-market encryption', '5A992.c', 'Germany', 'Müller Elektronik GmbH', 129, 40],
  ['AC-1002', 'Radiation-hardened analog-to-digital converter', '3A001', 'China', 'Shenzhen Precision Co.', 2400, 10],
  ['AC-1003', 'Adjustable office desk', 'EAR99', 'Canada', 'Maple Office Supply', 310, 4],
  ['AC-1004', 'Digital sampling oscilloscope', '3A992.a', 'Brazil', 'Instrumentos SP Ltda', 5200, 2],
  [null, null, null, null, null, null, null],
  ['AC-1005', 'Laptop with encryption', '5A992.c', 'Cuba', 'Empresa Habana', 900, 3],
  ['AC-1006', 'Thermal imaging camera', '6A003', 'Russia', 'OOO Teplovizor', 15000, 1],
  ['AC-1007', 'Rugged tablet', 'EAR99', 'Iran', 'Tehran Field Services', 700, 6],
  ['AC-1008', 'Encryption software licence', '5D992.c', 'United Kingdom', 'Albion Networks Ltd', 50, 100],
  ['AC-1009', 'Pressure transducer', '2B230', 'India', 'Pune Instruments', 820, 12],
  ['AC-1010', 'Unclassified prototype sensor', null, 'Japan', 'Osaka Sensors KK', 300, 5],
  ['AC-1011', 'General-purpose relay', 'EAR99', 'Korea', 'Seoul Relay', 4, 500],
  ['AC-1012', 'Network switch', '5A992.c', 'Hong Kong', 'Kowloon Trading', 450, 8],
];
