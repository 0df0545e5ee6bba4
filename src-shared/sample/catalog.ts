import type { Background, Source, Stage } from '../customer/vocabulary';

/**
 * What the sample exporter sells, and the words its salespeople use about their customers.
 * The exporter is a fictional Ningbo maker of LED lighting, solar kits and small appliances.
 */
export const PRODUCTS = [
  'LED high bay 150W',
  'LED panel light 600x600 40W',
  'LED flood light 100W',
  'LED street light 120W',
  'LED tube T8 1.2m 18W',
  'LED bulb A60 9W',
  'LED strip 5050 24V',
  'Solar street light 60W all-in-one',
  'Solar panel 550W mono',
  'Portable power station 1000Wh',
  'Solar garden light',
  'Hybrid inverter 5kW',
  'Lithium battery 48V 100Ah',
  'Air fryer 5.5L',
  'Electric kettle 1.7L',
  'Blender 1.5L',
  'Rechargeable fan 12"',
  'Hand mixer 300W',
  'Rice cooker 1.8L',
] as const;

/** Thirty tags, most used first, as a salesperson's tag list tends to grow. */
export const TAGS = [
  'canton-fair-2026', 'price-sensitive', 'vip', 'oem', 'trade-assurance', 'sample-sent', 'ce-required', 'container-buyer',
  'whatsapp-first', 'private-label', 'amazon-seller', 'q4-buyer', 'ramadan-season', 'lc-payment', 'government-tender',
  'ul-required', 'odm', 'slow-payer', 'distributor-candidate', 'repeat-buyer', 'project-2026', 'ex-competitor-client',
  'needs-catalogue', 'visited-factory', 'fob-ningbo', 'ddp-request', 'spanish-speaking', 'pays-deposit', 'mixed-container',
  'hk-agent',
] as const;

export const LEVEL_WEIGHTS: Record<string, number> = { A: 10, B: 12, C: 28, D: 30, E: 20 };

/** Where a customer at each level usually stands in the lifecycle. */
export const STAGES_BY_LEVEL: Record<string, readonly Stage[]> = {
  A: ['firstOrder', 'repeatOrder', 'repeatOrder'],
  B: ['sample', 'sample', 'quoted'],
  C: ['qualified', 'quoted', 'quoted'],
  D: ['newInquiry', 'qualified', 'silent'],
  E: ['junk', 'lost', 'silent'],
};

export const LEVEL_BY_STAGE: Record<Stage, string> = {
  newInquiry: 'D', qualified: 'C', quoted: 'C', sample: 'B', firstOrder: 'A', repeatOrder: 'A', silent: 'D', lost: 'E', junk: 'E',
};

export const BACKGROUND_WEIGHTS: Record<Background, number> = {
  importerWholesaler: 22, distributor: 16, ecommerce: 12, smallRetailer: 10, tradingAgent: 8, projectBuyer: 8,
  chainRetailer: 6, manufacturer: 6, brandOwner: 6, government: 3, unknown: 3,
};

export const SOURCE_WEIGHTS: Record<Source, number> = {
  alibaba: 35, tradeFair: 18, website: 12, rfq: 10, customsData: 10, referral: 10, other: 5,
};

export const BACKGROUND_PHRASES: Record<Background, string> = {
  manufacturer: 'Manufacturer assembling its own fixtures; buys components and OEM units',
  brandOwner: 'Brand owner selling under its own label',
  importerWholesaler: 'Importer and wholesaler supplying electrical shops',
  distributor: 'Distributor with a dealer network',
  chainRetailer: 'Retail chain buying for its stores',
  smallRetailer: 'Small shop, buys mixed cartons',
  ecommerce: 'Online seller (Amazon / own web shop)',
  tradingAgent: 'Sourcing agent buying for several clients',
  projectBuyer: 'Contractor buying for projects',
  government: 'Public body buying through tenders',
  unknown: 'Background not clear yet',
};

export const CHANNELS = ['email', 'WhatsApp', 'phone', 'WeChat'] as const;
export const PAYMENTS = ['T/T 30% deposit, 70% before shipment', 'L/C at sight', 'Alibaba Trade Assurance', 'PayPal for samples', 'T/T 100% before shipment'] as const;

type Template = (p: { product: string; contact: string; qty: number }) => string;

/** Timeline entries by how far the customer has come. */
export const TIMELINE: Record<'early' | 'middle' | 'late' | 'dead', { note: readonly Template[]; call: readonly Template[] }> = {
  early: {
    note: [
      (p) => `Inquiry about ${p.product}: asked for price list and MOQ.`,
      (p) => `Sent catalogue and FOB Ningbo prices for ${p.product}.`,
      () => 'Asked which certificates they need (CE, RoHS, UL?). Waiting for reply.',
    ],
    call: [(p) => `Short call with ${p.contact}: they import about ${p.qty} pcs a quarter, want a better price than their current supplier.`],
  },
  middle: {
    note: [
      (p) => `Quoted ${p.qty} pcs ${p.product}, FOB Ningbo, valid 30 days.`,
      (p) => `Samples of ${p.product} shipped by DHL; tracking number sent.`,
      () => 'Customer asked for their logo on the box; sent artwork template.',
      (p) => `Counter-offer received on ${p.product}: 6% below our price. Discussing with the boss.`,
    ],
    call: [
      (p) => `Video call with ${p.contact}: went through sample test results, asked about lead time.`,
      (p) => `WhatsApp call with ${p.contact}: trial order of ${p.qty} pcs likely after samples pass.`,
    ],
  },
  late: {
    note: [
      (p) => `PI sent for ${p.qty} pcs ${p.product}; 30% deposit received.`,
      () => 'Goods loaded, B/L copy sent, balance payment reminder set.',
      (p) => `Repeat order: ${p.qty} pcs ${p.product}, same packing as last time.`,
      () => 'Customer happy with quality; asked for next season catalogue.',
    ],
    call: [(p) => `Call with ${p.contact}: planning the Q4 order, wants to lock prices before September.`],
  },
  dead: {
    note: [
      () => 'No reply after three follow-ups.',
      () => 'Only wanted a price list; no company details, free-mail address.',
      () => 'Bought from a competitor at a lower price.',
    ],
    call: [(p) => `Tried to call ${p.contact}; number not answering.`],
  },
};

export function timelineGroup(stage: Stage): keyof typeof TIMELINE {
  if (stage === 'newInquiry' || stage === 'qualified') return 'early';
  if (stage === 'quoted' || stage === 'sample') return 'middle';
  if (stage === 'firstOrder' || stage === 'repeatOrder') return 'late';
  return 'dead';
}
