export { exportCustomersCsv, type CsvExportOptions } from './exportCustomersCsv';
export { EXPORT_COLUMNS, EXPORT_HEADER_LABELS, type ExportColumn } from './exportColumns';
export { neutraliseFormula } from './formulaGuard';
