import type { InquiryInput } from '../../../src-renderer/data';
import { db } from '../../../src-renderer/data';

/** A strong inquiry: a distributor in Spain with a product, quantity, term and a company address. */
export const STRONG: InquiryInput = {
  subject: 'Inquiry: 40W LED panel 600x600, 2000 pcs',
  fromEmail: 'maria@garcia-import.es',
  fromName: 'María García',
  country: 'ES',
  receivedAt: '2026-11-20T10:15:00+01:00',
  text: `Dear Sir,

We are an importer and wholesaler of lighting in Spain. We need 2,000 pcs of LED panel light 600x600 40W, 4000K, CE and RoHS.
Please quote FOB Ningbo, payment T/T 30% deposit. Delivery before March 2027. Target price USD 9.50/pc.

Best regards,
María García
Purchasing Manager
Garcia Import SL
Tel: +34 961 234 567
www.garcia-import.es`,
};

/** A vague one from a free-mail address. */
export const VAGUE: InquiryInput = {
  subject: 'Hello',
  fromEmail: 'buyer2026@gmail.com',
  receivedAt: '2026-11-20T03:10:00+03:00',
  text: 'Hello, please send me your price list and catalogue for all your products. Thanks',
};

/** An inquiry without receivedAt, country or sender fields: everything is read from the text. */
export const PASTED: InquiryInput = {
  text: `From: Ahmed Al Mansouri <ahmed@gulf-trading.ae>
Subject: Solar street lights for project

Hello, we need 500 sets of 100W solar street light, IP65, for a project in Dubai. Please send your best CIF Jebel Ali price.

Ahmed Al Mansouri
Procurement Manager
Gulf Trading LLC
+971 50 123 4567`,
};

export async function clearInquiries(): Promise<void> {
  await db.transaction('rw', [db.inquiries, db.customers, db.interactions, db.settings], async () => {
    await db.inquiries.clear();
    await db.customers.clear();
    await db.interactions.clear();
    await db.settings.clear();
  });
}

/** The code of the error a promise rejects with. */
export async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return (error as { code?: string } | undefined)?.code;
}

export const HOUR = 60 * 60 * 1000;
