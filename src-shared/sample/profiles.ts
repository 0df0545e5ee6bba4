import type { CountryProfile } from './profile';
import { AMERICAS } from './profilesAmericas';
import { ASIA_PACIFIC } from './profilesAsiaPacific';
import { EUROPE } from './profilesEurope';
import { MIDDLE_EAST_AFRICA } from './profilesMiddleEastAfrica';

export const PROFILES: readonly CountryProfile[] = [...EUROPE, ...AMERICAS, ...MIDDLE_EAST_AFRICA, ...ASIA_PACIFIC];

/** How often each country shows up in a Chinese exporter's book (rough, for realism only). */
export const COUNTRY_WEIGHTS: Record<string, number> = {
  US: 14, DE: 6, GB: 6, IN: 7, BR: 5, MX: 4, SA: 4, AE: 5, NG: 4, RU: 4, TR: 3, FR: 3, ES: 3, IT: 3, AU: 3, CA: 3,
  PL: 2, NL: 2, ZA: 2, KE: 2, EG: 2, PK: 2, BD: 2, ID: 3, MY: 2, TH: 2, VN: 3, PH: 2, NZ: 1, AR: 1, CL: 2, CO: 2,
  PE: 1, JP: 1, KR: 1, HK: 2, SG: 1,
};
