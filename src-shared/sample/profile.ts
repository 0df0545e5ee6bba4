/**
 * How customers from one country look: their cities, names, how a company name is built, the
 * domain ending and free-mail providers they use, and the titles on their signatures.
 * Company stems are invented; each carries the ASCII slug its (equally invented) domain uses.
 */
export interface CountryProfile {
  country: string;
  cities: readonly string[];
  givenNames: readonly string[];
  familyNames: readonly string[];
  /** Family name first on a signature (Japan, Korea, Hong Kong, Vietnam). */
  familyFirst?: boolean;
  stems: ReadonlyArray<readonly [name: string, slug: string]>;
  /** Words for the line of business; '' leaves it out. */
  trades: readonly string[];
  legalForms: readonly string[];
  /** Builds the company name; the default is "stem trade legal". */
  pattern?: (stem: string, trade: string, legal: string) => string;
  tld: string;
  freeMail: readonly string[];
  titles: readonly string[];
}

export const ENGLISH_TITLES = [
  'Purchasing Manager',
  'Procurement Officer',
  'Managing Director',
  'Owner',
  'Import Manager',
  'Sales Director',
  'Product Manager',
  'Sourcing Specialist',
  'General Manager',
  'Operations Manager',
] as const;

export const SPANISH_TITLES = ['Gerente de Compras', 'Director General', 'Jefe de Importaciones', 'Propietario', 'Comprador', 'Gerente Comercial'] as const;

export function defaultPattern(stem: string, trade: string, legal: string): string {
  return [stem, trade, legal].filter((part) => part !== '').join(' ');
}
