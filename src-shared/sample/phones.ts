import { type CountryCode, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import type { Random } from './random';

/**
 * A mobile number that is valid for the country, in international format ("+49 1512 3456789").
 *
 * Starts from libphonenumber's example mobile number and replaces its last digits at random,
 * keeping only results that the full ("max") metadata accepts as a mobile number of that country,
 * so that the sample book passes the same checks as real data would. Falls back to the example
 * itself after a few misses.
 */
export function samplePhoneNumber(country: string, random: Random): string {
  const example = getExampleNumber(country as CountryCode, examples);
  if (!example) return '';
  const national = example.nationalNumber as string;
  const free = Math.min(4, national.length - 3);
  for (let attempt = 0; attempt < 25; attempt++) {
    let tail = '';
    for (let i = 0; i < free; i++) tail += String(random.int(0, 9));
    const candidate = parsePhoneNumberFromString(`+${example.countryCallingCode}${national.slice(0, -free)}${tail}`);
    if (candidate?.isValid() && candidate.country === country && isMobile(candidate.getType())) {
      return candidate.formatInternational();
    }
  }
  return example.formatInternational();
}

function isMobile(type: string | undefined): boolean {
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
}
