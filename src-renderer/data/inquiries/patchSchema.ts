import { z } from 'zod';
import { qualifyInputSchema } from '../../../src-shared/inquiry/qualify';
import { INQUIRY_CHANNELS } from '../../../src-shared/inquiry/types';

/**
 * The shape of updateInquiry's patch. Corrected values are what the salesperson typed: short
 * texts, sane numbers. null (or []) says "there is none" (the engine read something that is not
 * there); undefined on a present key goes back to what the engine reads.
 */
const text = (max: number) => z.string().trim().max(max);
const found = <T extends z.ZodType>(value: T) => z.object({ value, evidence: z.string().max(2_000) });
const foundText = found(text(500).min(1));
const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

const extractedPatchSchema = z
  .object({
    senderName: opt(foundText),
    emails: opt(z.array(z.string().trim().toLowerCase().pipe(z.email())).max(20)),
    company: opt(foundText),
    website: opt(foundText),
    country: opt(
      foundText.extend({ value: z.string().regex(/^[A-Z]{2}$/), source: z.enum(['input', 'platform', 'text', 'phone', 'emailDomain']) }),
    ),
    phones: opt(z.array(foundText.extend({ value: text(40).min(1), country: z.string().regex(/^[A-Z]{2}$/).optional() })).max(20)),
    whatsapp: opt(found(text(40).min(1))),
    products: opt(z.array(foundText).max(50)),
    models: opt(z.array(foundText).max(50)),
    specs: opt(z.array(foundText).max(50)),
    quantity: opt(found(z.object({ amount: z.number().finite().positive().max(1e12), unit: text(40) }))),
    targetPrice: opt(found(z.object({ minor: z.number().int().min(0).max(1e15), currency: z.string().regex(/^[A-Z]{3}$/) }))),
    tradeTerm: opt(foundText.extend({ value: text(20).min(1), place: text(200).optional() })),
    paymentTerms: opt(z.array(foundText).max(20)),
    deliveryDate: opt(foundText),
    certificates: opt(z.array(foundText).max(30)),
    sampleRequest: opt(found(z.literal(true))),
    oemOrPackaging: opt(found(z.literal(true))),
    language: opt(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
    subject: opt(text(2_000)),
  })
  .strict();

export const inquiryPatchSchema = z
  .object({
    subject: text(2_000).optional(),
    fromEmail: z.union([z.literal(''), z.string().trim().toLowerCase().pipe(z.email())]).optional(),
    fromName: text(400).optional(),
    country: z.union([z.literal(''), z.string().regex(/^[A-Z]{2}$/)]).optional(),
    receivedAt: z.union([z.literal(''), z.iso.datetime({ offset: true })]).optional(),
    channel: z.enum(INQUIRY_CHANNELS).optional(),
    platform: qualifyInputSchema.shape.platform,
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional(),
    extracted: extractedPatchSchema.optional(),
  })
  .strict();

export type CheckedInquiryPatch = z.infer<typeof inquiryPatchSchema>;
