/**
 * The reply plan's questions as polite sentences in the customer's language, for the reply
 * template's `extra.inquiry.questions`. Formal register in every language (usted, vous, Sie, Вы, 您).
 */

export const QUESTION_CODES = [
  'askProductModel',
  'askQuantity',
  'askDestinationPort',
  'askTargetPrice',
  'askTradeTerm',
  'askTimeline',
  'askCertificates',
  'askSampleOrOrder',
  'askCompanyWebsite',
] as const;
export type QuestionCode = (typeof QUESTION_CODES)[number];

type Sentences = Record<'en' | 'es' | 'pt' | 'fr' | 'de' | 'ru' | 'ar' | 'zh', string>;

const QUESTIONS: Record<QuestionCode, Sentences> = {
  askProductModel: {
    en: 'Which model or specification are you interested in?',
    es: '¿Qué modelo o especificación le interesa?',
    pt: 'Qual modelo ou especificação lhe interessa?',
    fr: 'Quel modèle ou quelle spécification vous intéresse ?',
    de: 'Welches Modell bzw. welche Spezifikation interessiert Sie?',
    ru: 'Какая модель или спецификация Вас интересует?',
    ar: 'ما الموديل أو المواصفات التي تهمكم؟',
    zh: '请问您需要哪个型号或规格？',
  },
  askQuantity: {
    en: 'What quantity do you need for the first order?',
    es: '¿Qué cantidad necesita para el primer pedido?',
    pt: 'Qual a quantidade necessária para o primeiro pedido?',
    fr: 'Quelle quantité vous faut-il pour la première commande ?',
    de: 'Welche Menge benötigen Sie für die erste Bestellung?',
    ru: 'Какое количество Вам нужно для первого заказа?',
    ar: 'ما الكمية التي تحتاجونها للطلب الأول؟',
    zh: '请问首单需要多少数量？',
  },
  askDestinationPort: {
    en: 'Which destination port should we quote to?',
    es: '¿A qué puerto de destino debemos cotizar?',
    pt: 'Para qual porto de destino devemos cotar?',
    fr: 'Vers quel port de destination devons-nous établir le prix ?',
    de: 'Für welchen Zielhafen dürfen wir Ihnen ein Angebot machen?',
    ru: 'До какого порта назначения сделать расчёт?',
    ar: 'ما ميناء الوصول الذي نسعّر إليه؟',
    zh: '请问目的港是哪里？',
  },
  askTargetPrice: {
    en: 'Do you have a target price in mind?',
    es: '¿Tiene un precio objetivo?',
    pt: 'Tem algum preço-alvo em mente?',
    fr: 'Avez-vous un prix cible ?',
    de: 'Haben Sie einen Zielpreis?',
    ru: 'Есть ли у Вас целевая цена?',
    ar: 'هل لديكم سعر مستهدف؟',
    zh: '请问您的目标价格是多少？',
  },
  askTradeTerm: {
    en: 'Which trade term do you prefer (FOB, CIF or DDP)?',
    es: '¿Qué término de comercio prefiere (FOB, CIF o DDP)?',
    pt: 'Qual termo de comércio prefere (FOB, CIF ou DDP)?',
    fr: 'Quel incoterm préférez-vous (FOB, CIF ou DDP) ?',
    de: 'Welche Lieferbedingung bevorzugen Sie (FOB, CIF oder DDP)?',
    ru: 'Какие условия поставки Вам удобнее (FOB, CIF или DDP)?',
    ar: 'ما شرط التسليم الذي تفضلونه (FOB أو CIF أو DDP)؟',
    zh: '请问您希望按哪种贸易术语报价（FOB、CIF 或 DDP）？',
  },
  askTimeline: {
    en: 'When would you need the goods delivered?',
    es: '¿Para cuándo necesitaría recibir la mercancía?',
    pt: 'Para quando precisaria da mercadoria?',
    fr: 'Pour quand auriez-vous besoin de la marchandise ?',
    de: 'Bis wann benötigen Sie die Ware?',
    ru: 'К какому сроку Вам нужен товар?',
    ar: 'متى تحتاجون إلى استلام البضاعة؟',
    zh: '请问您希望什么时候交货？',
  },
  askCertificates: {
    en: 'Which certificates does your market require?',
    es: '¿Qué certificaciones exige su mercado?',
    pt: 'Quais certificações o seu mercado exige?',
    fr: 'Quelles certifications votre marché exige-t-il ?',
    de: 'Welche Zertifikate sind in Ihrem Markt erforderlich?',
    ru: 'Какие сертификаты требуются на Вашем рынке?',
    ar: 'ما الشهادات المطلوبة في سوقكم؟',
    zh: '请问贵国市场需要哪些认证？',
  },
  askSampleOrOrder: {
    en: 'Would you like to start with a sample or with a trial order?',
    es: '¿Prefiere empezar con una muestra o con un pedido de prueba?',
    pt: 'Prefere começar com uma amostra ou com um pedido de teste?',
    fr: 'Souhaitez-vous commencer par un échantillon ou par une commande d\'essai ?',
    de: 'Möchten Sie mit einem Muster oder mit einer Probebestellung beginnen?',
    ru: 'Вы хотели бы начать с образца или с пробного заказа?',
    ar: 'هل تفضلون البدء بعينة أم بطلب تجريبي؟',
    zh: '请问您希望先看样品，还是直接下试单？',
  },
  askCompanyWebsite: {
    en: 'Could you tell us a little about your company and share your website?',
    es: '¿Podría contarnos un poco sobre su empresa y compartir su sitio web?',
    pt: 'Poderia falar um pouco sobre a sua empresa e partilhar o seu site?',
    fr: 'Pourriez-vous nous présenter brièvement votre société et nous indiquer votre site web ?',
    de: 'Könnten Sie uns kurz Ihr Unternehmen vorstellen und Ihre Website nennen?',
    ru: 'Не могли бы Вы немного рассказать о Вашей компании и прислать ссылку на сайт?',
    ar: 'هل يمكنكم تعريفنا بشركتكم بإيجاز ومشاركة موقعكم الإلكتروني؟',
    zh: '能否简单介绍一下贵公司，并告知公司网站？',
  },
};

/** The question in the language (a BCP 47 tag: "pt-BR" reads as "pt"); English when the language is not one of the eight. */
export function questionText(code: string, language: string): string {
  const q = QUESTIONS[code as QuestionCode];
  if (!q) return '';
  const base = language.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return q[base as keyof Sentences] ?? q.en;
}
