import { describe, expect, it } from 'vitest';
import { VALIDATION_CODES, VALIDATION_MESSAGES, validationMessage, type ValidationParams } from '../../../src-shared/import';

/** The plain definition: every {{name}} replaced by its parameter, unknown ones left as they are. */
function reference(template: string, params: ValidationParams): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

describe('validationMessage', () => {
  it('fills every template as a plain replacement would, with some parameters missing', () => {
    const names = ['value', 'row', 'first', 'max', 'count', 'length', 'levels', 'country', 'field', 'maxMb', 'ext'];
    for (const code of VALIDATION_CODES) {
      for (let k = 0; k < names.length; k++) {
        const params: ValidationParams = {};
        names.forEach((name, i) => {
          if ((i + k) % 3 !== 0) params[name] = i % 2 ? `v{{${name}}}` : i;
        });
        expect(validationMessage(code, params), code).toBe(reference(VALIDATION_MESSAGES[code], params));
      }
      expect(validationMessage(code)).toBe(VALIDATION_MESSAGES[code]);
    }
  });
});
