import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { TableReadError } from './tableReadError';

/**
 * Reads the first sheet of an .xlsx workbook into rows of text. Only the parts needed are
 * decompressed (workbook, its relations, shared strings, that one sheet), and each is capped, so
 * that a zip bomb is refused instead of filling the memory.
 */

const MAX_PART_BYTES = 256 * 1024 * 1024;
type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['sheet', 'Relationship', 'si', 'r', 'row', 'c'].includes(name),
});

export function readXlsx(bytes: Uint8Array): string[][] {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new TableReadError('xlsxInvalid');
  const meta = unzipParts(bytes, (name) =>
    ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml'].includes(name),
  );
  const sheetPath = firstSheetPath(meta);
  const sheetXml = unzipParts(bytes, (name) => name === sheetPath)[sheetPath];
  if (!sheetXml) throw new TableReadError('xlsxInvalid');
  const sharedStrings = readSharedStrings(meta['xl/sharedStrings.xml']);
  return readSheet(parseXml(sheetXml), sharedStrings);
}

function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter: (f) => wanted(f.name) && f.originalSize <= MAX_PART_BYTES });
  } catch {
    throw new TableReadError('xlsxInvalid');
  }
}

function parseXml(bytes: Uint8Array): XmlNode {
  const xml = new TextDecoder().decode(bytes);
  // Workbooks never declare a DTD; one that does is an entity-expansion attack, not a customer list.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml.slice(0, 4096))) throw new TableReadError('xlsxInvalid');
  try {
    return parser.parse(xml) as XmlNode;
  } catch {
    throw new TableReadError('xlsxInvalid');
  }
}

/** The sheet listed first in workbook.xml, found through the workbook's relations. */
function firstSheetPath(parts: Record<string, Uint8Array>): string {
  const workbookXml = parts['xl/workbook.xml'];
  if (!workbookXml) throw new TableReadError('xlsxInvalid');
  const sheets = child(child(parseXml(workbookXml), 'workbook'), 'sheets');
  const first = asArray(sheets?.['sheet'])[0];
  const relationId = first?.['id'];
  const relsXml = parts['xl/_rels/workbook.xml.rels'];
  if (typeof relationId === 'string' && relsXml) {
    const relations = asArray(child(parseXml(relsXml), 'Relationships')?.['Relationship']);
    const target = relations.find((r) => r['Id'] === relationId)?.['Target'];
    if (typeof target === 'string') return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  return 'xl/worksheets/sheet1.xml';
}

function readSharedStrings(bytes: Uint8Array | undefined): string[] {
  if (!bytes) return [];
  return asArray(child(parseXml(bytes), 'sst')?.['si']).map(richText);
}

function readSheet(sheet: XmlNode, sharedStrings: string[]): string[][] {
  const rows = asArray(child(child(sheet, 'worksheet'), 'sheetData')?.['row']);
  return rows.map((row) => {
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cell of asArray(row['c'])) {
      const ref = cell['r'];
      const column = typeof ref === 'string' ? columnIndex(ref) : nextColumn;
      nextColumn = column + 1;
      while (cells.length < column) cells.push('');
      cells[column] = cellText(cell, sharedStrings);
    }
    return cells;
  });
}

function cellText(cell: XmlNode, sharedStrings: string[]): string {
  const raw = plainText(cell['v']);
  switch (cell['t']) {
    case 's':
      return sharedStrings[Number(raw)] ?? '';
    case 'inlineStr':
      return richText(child(cell, 'is') ?? {});
    case 'b':
      return raw === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return ''; // #N/A, #REF!: no value to import
    case 'str':
    case 'd':
      return raw;
    default: {
      // Numbers are stored as written by the binary float ("4.4000000000000004"); show them as Excel does.
      const n = Number(raw);
      return raw !== '' && Number.isFinite(n) ? String(n) : raw;
    }
  }
}

/** Plain <t> or rich text runs <r><t>…</t></r>; phonetic runs (<rPh>) are not part of the value. */
function richText(node: XmlNode): string {
  if ('t' in node) return plainText(node['t']);
  return asArray(node['r']).map((run) => plainText(run['t'])).join('');
}

function plainText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node === 'number') return String(node);
  if (node && typeof node === 'object' && '#text' in node) return String((node as XmlNode)['#text']);
  return '';
}

/** "B7" → 1, "AA3" → 26. */
function columnIndex(ref: string): number {
  let index = 0;
  for (const ch of ref.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return Math.max(0, index - 1);
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  const value = node?.[name];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : undefined;
}

function asArray(value: unknown): XmlNode[] {
  if (Array.isArray(value)) return value.filter((v): v is XmlNode => !!v && typeof v === 'object');
  return value && typeof value === 'object' ? [value as XmlNode] : [];
}
