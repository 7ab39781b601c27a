/** Case-, accent-, space- and punctuation-insensitive key for destination names: "Côte d'Ivoire" → "cotedivoire". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');
}
