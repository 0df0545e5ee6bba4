import { TableReadError } from './tableReadError';
import { parseVcardProperty, splitStructuredValue, unescapeVcardText, unfoldVcardLines, type VcardProperty } from './vcardLines';

/**
 * The columns a vCard file becomes. Every one is a header that mapCustomerColumns recognises, so a
 * phone's address book goes through the same mapping and validation as a spreadsheet.
 */
export const VCARD_HEADERS = [
  'Full Name', 'First Name', 'Last Name', 'Company', 'Job Title', 'Emails', 'Phones', 'Website', 'Country', 'City', 'Tags', 'Notes',
] as const;

/** Multi-valued cells use the same separator as our own CSV export. */
const JOIN = '; ';

/** Reads every BEGIN:VCARD … END:VCARD block into one row under VCARD_HEADERS. */
export function readVcard(text: string): string[][] {
  const rows: string[][] = [[...VCARD_HEADERS]];
  let card: VcardProperty[] | null = null;
  let cards = 0;
  for (const line of unfoldVcardLines(text)) {
    const property = parseVcardProperty(line);
    if (!property) continue;
    const value = property.value.trim().toUpperCase();
    if (property.name === 'BEGIN' && value === 'VCARD') {
      card = [];
    } else if (property.name === 'END' && value === 'VCARD') {
      if (card) {
        rows.push(cardToRow(card));
        cards++;
      }
      card = null;
    } else card?.push(property);
  }
  if (cards === 0) throw new TableReadError('vcardEmpty');
  return rows;
}

function cardToRow(card: VcardProperty[]): string[] {
  const all = (name: string) => card.filter((p) => p.name === name);
  const text = (name: string) => unescapeVcardText(all(name)[0]?.value ?? '').trim();

  const name = splitStructuredValue(all('N')[0]?.value ?? '');
  const organisation = splitStructuredValue(all('ORG')[0]?.value ?? '');
  const address = splitStructuredValue(preferWork(all('ADR'))?.value ?? '');
  const emails = all('EMAIL').map((p) => unescapeVcardText(p.value).replace(/^mailto:/i, '').trim());
  const phones = all('TEL').map((p) => unescapeVcardText(p.value).replace(/^tel:/i, '').trim());
  const categories = all('CATEGORIES').flatMap((p) => p.value.split(/(?<!\\),/).map(unescapeVcardText));
  const notes = all('NOTE').map((p) => unescapeVcardText(p.value).trim());

  // N is family;given;additional;prefix;suffix. ADR is pobox;extended;street;city;region;postcode;country.
  return [
    text('FN'),
    (name[1] ?? '').trim(),
    (name[0] ?? '').trim(),
    (organisation[0] ?? '').trim(),
    text('TITLE') || text('ROLE'),
    nonEmpty(emails).join(JOIN),
    nonEmpty(phones).join(JOIN),
    unescapeVcardText(preferWork(all('URL'))?.value ?? '').trim(),
    (address[6] ?? '').trim(),
    (address[3] ?? '').trim(),
    nonEmpty(categories.map((c) => c.trim())).join(JOIN),
    nonEmpty(notes).join('\n'),
  ];
}

/** A customer's company address beats their home address. */
function preferWork(properties: VcardProperty[]): VcardProperty | undefined {
  return properties.find((p) => p.params.get('TYPE')?.includes('WORK')) ?? properties[0];
}

function nonEmpty(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
