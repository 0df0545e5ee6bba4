import { z } from 'zod';
import { MAX_TEMPLATE_CHARS } from '../../../src-shared/ipc/contract';
import { TEMPLATE_KINDS } from '../../../src-shared/letters/types';

/**
 * The shape saveTemplate stores (src-shared/letters LetterTemplate). Only structure and sizes:
 * whether the Handlebars compiles is `letters:check` in main, which the editor runs before saving.
 */
const uiText = (max: number) => z.object({ en: z.string().trim().max(max), 'zh-CN': z.string().trim().max(max) });
const languageTag = z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'not a language tag');
const codes = z.array(z.string().trim().min(1).max(40)).max(50);

export const templateSchema = z.object({
  id: z.string().trim().min(1).max(100),
  kind: z.enum(TEMPLATE_KINDS),
  name: uiText(200).refine((n) => n.en !== '' || n['zh-CN'] !== '', 'a name is needed'),
  description: uiText(500),
  suggest: z.object({ levels: codes.optional(), backgrounds: codes.optional(), stages: codes.optional() }),
  inputs: z
    .array(
      z.object({
        key: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/, 'not a field path').max(100),
        type: z.enum(['text', 'date', 'money', 'number']),
        label: uiText(200),
        required: z.boolean(),
      }),
    )
    .max(30),
  variants: z
    .record(languageTag, z.object({ subject: z.string().max(998), html: z.string().max(MAX_TEMPLATE_CHARS) }))
    .refine((v) => Object.keys(v).length > 0, 'at least one language is needed'),
  fallbackLanguage: languageTag,
  builtIn: z.boolean(),
});
