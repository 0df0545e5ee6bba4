/**
 * Spreadsheet formula injection: a cell that starts with = + - or @ is run as a formula when the
 * CSV is opened in Excel or WPS ("=HYPERLINK(…)" in a company name is an attack, not a name), and
 * a leading tab or carriage return can hide such a start. A leading apostrophe makes the
 * spreadsheet show the value as text. Import removes it again (cellText.withoutFormulaGuard).
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
