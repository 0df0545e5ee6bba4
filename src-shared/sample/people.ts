import { foldForSearch } from '../segment/fold';
import type { CountryProfile } from './profile';
import type { Random } from './random';

/** "Müller" → "muller", "O'Brien" → "obrien": what goes into a domain or an email address. */
export function asciiSlug(text: string): string {
  return foldForSearch(text).replace(/[^a-z0-9]+/g, '');
}

export interface Person {
  given: string;
  family: string;
  /** As the person signs: "Hiroshi Tanaka" or, where the family name comes first, "Tanaka Hiroshi". */
  name: string;
}

export function pickPerson(profile: CountryProfile, random: Random): Person {
  const given = random.pick(profile.givenNames);
  const family = random.pick(profile.familyNames);
  return { given, family, name: profile.familyFirst ? `${family} ${given}` : `${given} ${family}` };
}

/** The local part of a person's address, in one of the shapes companies use. */
export function emailLocalPart(person: Person, random: Random): string {
  const given = asciiSlug(person.given);
  const family = asciiSlug(person.family);
  const shape = random.int(0, 5);
  if (shape === 0) return `${given}.${family}`;
  if (shape === 1) return `${given.charAt(0)}.${family}`;
  if (shape === 2) return given;
  if (shape === 3) return `${given}${family.charAt(0)}`;
  if (shape === 4) return random.pick(['purchasing', 'import', 'sales', 'info', 'procurement']);
  return `${family}.${given}`;
}

/** A free-mail address: people add digits because their name was taken. */
export function freeMailAddress(person: Person, domain: string, random: Random): string {
  return `${asciiSlug(person.given)}${asciiSlug(person.family)}${random.int(1, 999)}@${domain}`;
}
