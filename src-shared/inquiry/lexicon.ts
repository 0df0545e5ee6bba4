/**
 * The words the extractors and the scorecard look for, per language: en es pt fr de ru ar zh.
 * Each entry is a regular-expression source matched against the lower-cased text (so write it
 * in lower case). `\b` only works next to ASCII letters: leave it off next to accented, Cyrillic,
 * Arabic or Chinese letters. Adding a phrase here is all it takes to teach the engine a new one.
 */

export const LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'ru', 'ar', 'zh'] as const;
export type InquiryLanguage = (typeof LANGUAGES)[number];

type Table = Partial<Record<InquiryLanguage, string[]>>;

/** "we need …", "looking for …": what follows names the product. */
export const INTEREST: Table = {
  en: ['\\b(?:we are |i am |i\'m )?interested in', '\\blooking for', '\\bwe (?:need|require)', '\\bi need', '\\bneed', '\\bsearching for', '\\bsourcing'],
  es: ['necesitamos', 'nos interesan?', 'me interesan?', 'buscamos', 'estamos interesados en', 'requerimos'],
  pt: ['precisamos de', 'estamos interessados em', 'gostaria de saber mais sobre', 'procuramos', 'queremos'],
  fr: ['nous recherchons', 'nous cherchons', 'je cherche', 'intéressés? par', 'nous avons besoin de'],
  de: ['wir suchen', 'wir benötigen', 'interessiert an', 'brauchen'],
  ru: ['нужны', 'нужен', 'нужна', 'интересу[ею]т', 'ищем', 'требуются'],
  ar: ['نحتاج', 'نرغب في', 'أريد', 'نبحث عن'],
  zh: ['我们需要', '需要', '想要', '求购', '寻找', '要再订', '要订'],
};

export const SAMPLE: Table = {
  en: ['\\bsamples?\\b'],
  es: ['muestras?'],
  pt: ['amostras?'],
  fr: ['échantillons?'],
  de: ['\\bmuster\\b'],
  ru: ['образ(?:ец|цы|ца|цов)'],
  ar: ['عينات', 'عينة', 'للعينات'],
  zh: ['样品', '样板'],
};

/** "No need for samples": a buyer who skips samples and pays for bulk at once is the classic fraud. */
export const NO_SAMPLE: Table = {
  en: ['no need (?:for |of )?samples?', 'skip (?:the )?samples?', 'without samples?', 'don\'t need samples?', 'no samples? (?:needed|required)'],
  es: ['no (?:necesito|necesitamos|hace falta) muestras?', 'sin muestras?'],
  pt: ['não precis[ao] de amostras?', 'sem amostras?'],
  fr: ['pas besoin d\'échantillons?', 'sans échantillons?'],
  de: ['keine muster', 'ohne muster'],
  ru: ['без образц', 'образцы не нужны'],
  ar: ['لا داعي للعينات', 'بدون عينات', 'لا نحتاج عينات'],
  zh: ['不需要样品', '不用样品', '不要样品'],
};

/** Bulk at once, paid in full, in a hurry: what turns "no samples" into the fraud pattern. */
export const BULK_AT_ONCE: Table = {
  en: ['\\d+ containers', '100 ?%', 'full payment', 'pay in full', 'urgent(?:ly)?', 'immediately', 'ship (?:at once|now)'],
  es: ['contenedores', 'pago total', 'urgente'],
  pt: ['contêineres', 'conteineres', 'contentores', 'adiantado', 'urgente'],
  fr: ['conteneurs', 'paiement intégral', 'urgent'],
  de: ['container', 'vorauskasse', 'dringend'],
  ru: ['контейнер', '100 ?%', 'срочно'],
  ar: ['حاويات', 'فوراً', 'فورا'],
  zh: ['全款', '马上发货', '柜'],
};

export const ODD_PAYMENT: Table = {
  en: ['western union', 'moneygram', 'bitcoin', '\\busdt\\b', 'crypto', 'to my agent', 'my agent (?:in china )?(?:will|to) pay', 'third[- ]party payment', 'gift cards?'],
  es: ['mi agente (?:va a )?pag'],
  pt: ['meu agente vai pagar'],
  fr: ['mon agent (?:va )?pa'],
  de: ['mein agent zahlt'],
  ru: ['вестерн юнион', 'через агента'],
  ar: ['ويسترن يونيون', 'لوكيلي', 'موني جرام'],
  zh: ['西联', '速汇金', '我的代理付款'],
};

/** The overpayment scam: a cheque for more than the invoice, "refund the difference" to a third party. */
export const OVERPAYMENT: Table = {
  en: ['refund the (?:difference|balance|excess)', 'overpa(?:y|id|yment)', '(?:cheque|check) for more than', 'pay (?:the )?(?:shipping )?agent (?:the|from) (?:difference|balance)'],
  es: ['reembolse la diferencia', 'cheque por (?:un monto )?mayor'],
  pt: ['reembolse a diferença', 'cheque (?:de|com) valor maior'],
  fr: ['rembourser la différence', 'chèque d\'un montant supérieur'],
  de: ['differenz zurück', 'scheck über einen höheren betrag'],
  ru: ['вернуть разницу', 'переплат'],
  ar: ['إعادة الفرق', 'استرداد الفرق'],
  zh: ['退还差额', '多付的'],
};

export const PUSH_WHATSAPP: Table = {
  en: ['whatsapp only', 'only (?:on |via )?whatsapp', 'contact me (?:on|via) whatsapp', 'add (?:me on |my )whatsapp', 'i don\'t check (?:my )?e-?mail', 'reply (?:me )?(?:on|via) whatsapp'],
  es: ['solo (?:por )?whatsapp', 'escr[ií]beme (?:al|por) whatsapp'],
  pt: ['me chame no whatsapp', 'só (?:pelo )?whatsapp', 'apenas whatsapp'],
  fr: ['écrivez-moi.{0,60}whatsapp', 'uniquement (?:sur|par) whatsapp'],
  de: ['nur (?:über |per )?whatsapp'],
  ru: ['только (?:в |по )?whatsapp', 'пишите в whatsapp'],
  ar: ['واتساب فقط', 'تواصل معي على واتساب'],
  zh: ['只用whatsapp', '加我whatsapp', '加whatsapp'],
};

export const BANK_CHANGE: Table = {
  en: ['bank (?:account|details|information)[^.\\n]{0,30}(?:changed|has been changed|updated|new)', '(?:update|change)[^.\\n]{0,20}bank (?:details|account|information)', 'new bank account', 'our bank account has (?:been )?changed'],
  es: ['(?:nueva|cambio de) cuenta bancaria', 'datos bancarios (?:han cambiado|nuevos)'],
  pt: ['nova conta bancária', 'mudança de conta bancária', 'dados bancários (?:mudaram|novos)'],
  fr: ['(?:nouvelles|changement de) coordonnées bancaires', 'nouveau compte bancaire'],
  de: ['bankverbindung (?:hat sich )?geändert', 'neue bankverbindung', 'neues bankkonto'],
  ru: ['(?:изменились|новые) (?:банковские )?реквизиты', 'новый (?:банковский )?счет'],
  ar: ['تغيير الحساب البنكي', 'حساب بنكي جديد', 'تغيرت البيانات البنكية'],
  zh: ['银行账户(?:已)?(?:变更|更改)', '新的银行账户', '更换收款账户'],
};

export const CONTACT_CHANGE: Table = {
  en: ['(?:my )?old (?:e-?mail|address) (?:no longer works|doesn\'t work|is not working)', 'write to me (?:at|on) (?:my )?(?:new|other)', 'my (?:new|other) e-?mail is', 'contact me (?:at|on) (?:my )?(?:new|other|private)', 'from (?:a |an )?(?:different|another) (?:e-?mail|address)'],
  es: ['mi correo anterior no funciona', 'escr[ií]beme a (?:mi )?(?:nuevo|otro)'],
  pt: ['meu e-?mail antigo não funciona', 'escreva para (?:meu )?(?:novo|outro)'],
  fr: ['mon ancienne adresse ne fonctionne plus', 'écrivez-moi désormais', 'depuis une autre adresse'],
  de: ['meine alte (?:e-?mail|adresse) funktioniert nicht', 'schreiben sie mir (?:an|unter) (?:meine )?neue'],
  ru: ['старая почта не работает', 'пишите на (?:мою )?новую'],
  ar: ['بريدي القديم لا يعمل', 'راسلني على بريدي الجديد'],
  zh: ['旧邮箱不能用', '请发到我的新邮箱', '换了邮箱'],
};

/** Price list for everything: fishing for prices, not buying. */
export const VAGUE_MASS: Table = {
  en: ['price ?list (?:for|of) (?:all|every)', 'all (?:of )?your (?:products|items)', 'best price (?:for|of) all', 'all items', '(?:full|complete|whole) price ?list', 'all your price'],
  es: ['todos (?:sus|los) productos', 'lista de precios (?:completa|de todos)'],
  pt: ['todos os (?:seus )?produtos', 'lista de preços completa'],
  fr: ['tous vos produits', 'liste (?:complète )?de prix (?:de|pour) tous'],
  de: ['alle produkte', '(?:komplette|vollständige|gesamte) preisliste'],
  ru: ['вс(?:ю|е|ей) (?:вашей )?(?:продукци|товар|ассортимент)', 'полный прайс'],
  ar: ['جميع منتجاتكم', 'كل منتجاتكم', 'قائمة أسعار جميع'],
  zh: ['所有产品', '全部产品', '全部价格表'],
};

/** Someone selling to us (SEO, leads, marketing), or a mass mailing: not a buyer. */
export const SPAM_OFFER: Table = {
  en: ['we offer (?:our )?(?:\\w+ )?(?:services?|logistics|freight|shipping)', 'freight forwarder', 'forwarding (?:service|agent)', 'our (?:services|agency) (?:can|will)', '\\bseo\\b', 'backlinks?', 'first page of google', 'google first page', 'rank(?:ing)? your website', 'website (?:audit|redesign)', 'digital marketing', 'guaranteed (?:result|ranking|traffic)', 'lead generation', 'reply with "?yes"?', 'unsubscribe'],
  es: ['ofrecemos (?:el |nuestros? )?servicios?', 'agente de carga', 'posicionamiento web', 'primera página de google', 'marketing digital'],
  pt: ['oferecemos (?:os nossos )?serviços', 'agente de carga', 'primeira página do google', 'marketing digital'],
  fr: ['nous proposons nos services', 'transitaire', 'référencement', 'première page de google'],
  de: ['wir bieten (?:ihnen )?(?:unsere )?dienstleistung', 'spedition', 'suchmaschinenoptimierung', 'erste seite bei google'],
  ru: ['предлагаем (?:услуги|свои услуги)', 'продвижени[ея] (?:сайта|бизнеса)', 'рассылк[аиу] по базе', 'гарантируем рост продаж', 'отписаться'],
  ar: ['نقدم خدمات', 'وكيل شحن', 'تحسين محركات البحث', 'تسويق رقمي'],
  zh: ['货代', '物流服务', '获客', '推广', '开发海外客户', '退订', '加微信', '精准营销', '免费试用'],
};

export const PRICE_CUE: Table = {
  en: ['target price', 'price (?:is|of|around|about|at)', 'around', 'budget', 'not more than', 'our price'],
  es: ['precio objetivo', 'precio (?:de|alrededor)'],
  pt: ['preço (?:alvo|objetivo)'],
  fr: ['prix cible', 'prix (?:de|autour)'],
  de: ['zielpreis', 'preis (?:von|um)'],
  ru: ['целевая цена', 'цена (?:около|до)'],
  ar: ['السعر المستهدف'],
  zh: ['目标价', '目标价格', '价格在'],
};

export const OEM_PACKAGING: Table = {
  en: ['\\bo[ed]m\\b', '\\blogo\\b', 'private label', 'our (?:own )?brand', 'custom (?:box|packaging|package|print)', 'retail (?:box|packaging|blister)', 'blister pack', 'colou?r box', '\\bpackaging\\b', 'same packing'],
  es: ['nuestro logo', 'marca propia', 'embalaje', 'caja de color', 'empaque'],
  pt: ['nosso logo', 'marca própria', 'embalagem'],
  fr: ['notre logo', 'notre marque', 'emballage'],
  de: ['unserem logo', 'eigene(?:r|n)? marke', 'verpackung'],
  ru: ['логотип', 'упаковк', 'наш бренд'],
  ar: ['شعار', 'التغليف', 'تغليف'],
  zh: ['贴牌', '定制', '包装', '印.{0,2}logo'],
};

export const PAYMENT_TERMS: Table = {
  en: ['\\bt/t\\b', '\\btt\\b', 'telegraphic transfer', 'wire transfer', '\\bl/c\\b', '\\blc at sight\\b', 'letter of credit', 'paypal', 'western union', 'moneygram', 'trade assurance', '\\d{1,2} ?% (?:deposit|advance|down payment)', '\\bd/p\\b', '\\bd/a\\b', 'cash against documents'],
  es: ['carta de crédito', '\\d{1,2} ?% (?:de )?anticipo', 'transferencia bancaria'],
  pt: ['carta de crédito', '\\d{1,2} ?% (?:de )?(?:adiantamento|sinal|entrada)', 'transferência bancária'],
  fr: ['crédit documentaire', 'lettre de crédit', '\\d{1,2} ?% d\'acompte', 'virement'],
  de: ['akkreditiv', '\\d{1,2} ?% anzahlung', 'vorkasse', 'überweisung'],
  ru: ['аккредитив', '\\d{1,2} ?% предоплат', 'предоплата'],
  ar: ['خطاب اعتماد', 'اعتماد مستندي', 'تحويل بنكي'],
  zh: ['信用证', '定金', '预付', '电汇', '信保'],
};

export const CERTIFICATE_WORD: Table = {
  en: ['certificat(?:e|es|ion)', 'test reports?', 'certified', 'listed'],
  es: ['certificad[oa]s?', 'certificación'],
  pt: ['certificad[oa]s?', 'certificação'],
  fr: ['certificats?', 'certification'],
  de: ['zertifikat', 'zertifizierung', 'konformität'],
  ru: ['сертификат'],
  ar: ['شهادة', 'شهادات'],
  zh: ['证书', '认证'],
};

/** "by end of May", "antes del 30 de junio", "4 月 15 日之前": a delivery deadline. */
export const DEADLINE_CUE: Table = {
  en: ['\\b(?:by|before|until|no later than|not later than)(?: the)?(?: end of)?'],
  es: ['antes del?', 'hasta el', 'para (?:el|finales de)'],
  pt: ['até', 'antes de'],
  fr: ['avant (?:le|la|fin)?', 'd\'ici (?:le|fin)?'],
  de: ['bis(?: zum| ende| spätestens)?', 'spätestens'],
  ru: ['до', 'не позднее'],
  ar: ['قبل'],
  zh: [],
};

export const MONTHS: Table = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'christmas', 'ramadan', 'q[1-4]'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'noël'],
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'weihnachten'],
  ru: ['январ[яь]', 'феврал[яь]', 'марта?', 'апрел[яь]', 'ма[яй]', 'июн[яь]', 'июл[яь]', 'августа?', 'сентябр[яь]', 'октябр[яь]', 'ноябр[яь]', 'декабр[яь]', 'нового года'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'شهر رمضان', 'رمضان', 'العيد'],
  zh: [],
};

/** Where a signature starts. */
export const CLOSING: Table = {
  en: ['(?:best |kind |warm )?regards,?', 'thanks? (?:&|and) (?:best )?regards,?', 'sincerely,?', 'yours (?:faithfully|sincerely),?', 'cheers,?', 'thanks,?', 'thank you,?', 'best,?'],
  es: ['saludos(?: cordiales)?,?', 'atentamente,?', 'un saludo,?', 'gracias,?'],
  pt: ['atenciosamente,?', 'cumprimentos,?', 'com os melhores cumprimentos,?', 'obrigad[oa],?', 'abraços?,?'],
  fr: ['cordialement,?', 'bien à vous,?', 'salutations,?', 'merci,?'],
  de: ['mit freundlichen grüßen,?', 'viele grüße,?', 'beste grüße,?', 'danke,?'],
  ru: ['с уважением,?', 'спасибо,?', 'всего доброго,?'],
  ar: ['مع التحية،?', 'مع خالص التحية،?', 'وتفضلوا بقبول فائق الاحترام،?', 'شكرا،?', 'شكراً،?'],
  zh: ['谢谢', '此致', '敬礼', '祝好'],
};

export const JOB_TITLE: Table = {
  en: ['manager', 'director', 'buyer', 'purchasing', 'procurement', 'sourcing', 'head of', 'owner', 'proprietor', 'ceo', 'president', 'executive', 'officer', 'engineer', 'coordinator'],
  es: ['gerente', 'jefe de', 'director', 'compras', 'comprador'],
  pt: ['diretor', 'gerente', 'compradora?', 'departamento de compras'],
  fr: ['directeur', 'directrice', 'responsable', 'acheteur', 'gérant'],
  de: ['leiter', 'leiterin', 'einkauf', 'geschäftsführer', 'inhaber'],
  ru: ['менеджер', 'директор', 'руководитель', 'закуп'],
  ar: ['مدير', 'مسؤول', 'المشتريات'],
  zh: ['经理', '总监', '采购', '总经理', '老板'],
};

/** Legal forms that mark a line as a company name. */
export const LEGAL_FORM_LINE =
  /(?:\b(?:ltd|limited|llc|l\.l\.c|inc|corp|corporation|co\.,? ?ltd|gmbh|ag|kg|e\.u|s\.a\.s?|sa de cv|s\.a\. de c\.v|sarl|s\.a\.r\.l|srl|s\.r\.l|spa|s\.p\.a|sl|bv|nv|plc|pty|pvt|ltda|lda|eireli|fze|fzco|fzc|wll|sdn bhd|bhd|pte|oy|ab|as|aps|jsc|llp|gbr|ohg)\b\.?|\b(?:trading|electricals?|industries|enterprises?|supplies|imports?|exports?|distribuidora|comercial|solutions|group|stores|projects)\b|ооо|тоо|зао|оао|ип |有限公司|公司|شركة|مؤسسة)/i;

export const VAGUE_SUBJECT_WORDS = new Set([
  'hello', 'hi', 'dear', 'sir', 'inquiry', 'enquiry', 'cooperation', 'business', 'partnership', 'request', 'price', 'list',
  'pricelist', 'quotation', 'quote', 'info', 'information', 'catalog', 'catalogue', 'urgent', 'order', 'new', 'products',
  'hola', 'información', 'informacion', 'cotización', 'lista', 'de', 'precios', 'consulta', 'olá', 'ola', 'informação',
  'orçamento', 'preços', 'bonjour', 'demande', 'prix', 'commande', 'urgente', 'anfrage', 'preisliste', 'katalog',
  'прайс', 'здравствуйте', 'запрос', 'каталог', 'цены', 'مرحبا', 'استفسار', 'طلب', 'الأسعار', '咨询', '询价', '你好', '您好', '报价', '价格', '合作',
]);

/** Backgrounds (src-shared/customer/vocabulary.ts) and the words that reveal them. */
export const BACKGROUND_WORDS: Record<string, Table> = {
  ecommerce: {
    en: ['amazon', 'shopify', '\\bebay\\b', '\\betsy\\b', 'online (?:store|shop)', 'marketplace', '\\bfba\\b', 'e-?commerce'],
    es: ['mercado libre', 'tienda online', 'comercio electrónico'],
    pt: ['mercado livre', 'loja virtual', 'shopee'],
    fr: ['boutique en ligne', 'cdiscount'],
    de: ['onlineshop', 'online-shop'],
    ru: ['озон', 'ozon', 'wildberries', 'интернет-магазин', 'маркетплейс'],
    ar: ['نون', 'متجر إلكتروني', 'أمازون'],
    zh: ['亚马逊', '电商', '网店'],
  },
  chainRetailer: {
    en: ['chain of (?:\\d+ )?(?:\\w+ )?stores', '\\d+ (?:\\w+ )?stores', 'supermarkets?', 'retail chain', 'hypermarket'],
    es: ['cadena de tiendas', 'supermercados?'],
    pt: ['rede de lojas', 'supermercados?'],
    fr: ['chaîne de magasins', 'grande distribution'],
    de: ['filialen', 'handelskette', 'supermarkt'],
    ru: ['сеть магазинов', 'супермаркет'],
    ar: ['سلسلة متاجر', 'سوبر ماركت'],
    zh: ['连锁', '超市'],
  },
  projectBuyer: {
    en: ['\\btender\\b', '\\bprojects?\\b', 'contractor', 'installer', 'bidding'],
    es: ['licitación', 'proyecto', 'instalador'],
    pt: ['licitação', 'projeto', 'instalador'],
    fr: ['appel d\'offres', 'projet', 'installateur'],
    de: ['ausschreibung', 'projekt', 'installateur'],
    ru: ['тендер', 'проект', 'монтаж'],
    ar: ['مناقصة', 'مشروع'],
    zh: ['招标', '项目', '工程'],
  },
  distributor: {
    en: ['distributor', 'distribution company', 'reseller', 'dealer'],
    es: ['distribuidor', 'distribuidora'],
    pt: ['distribuidora?', 'revendedor'],
    fr: ['distributeur', 'revendeur'],
    de: ['distributor', 'händler', 'vertrieb'],
    ru: ['дистрибьютор', 'дилер'],
    ar: ['موزع', 'وكيل'],
    zh: ['经销商', '分销', '代理商'],
  },
  importerWholesaler: {
    en: ['importer', 'wholesaler', 'wholesale', '\\bimport(?:ing)? company'],
    es: ['importador', 'mayoristas?', 'importadora'],
    pt: ['importador', 'atacadista', 'importadora'],
    fr: ['importateur', 'grossiste'],
    de: ['importeur', 'großhändler', 'großhandel'],
    ru: ['импортер', 'оптов'],
    ar: ['مستورد', 'تاجر جملة', 'بالجملة'],
    zh: ['进口商', '批发'],
  },
  brandOwner: {
    en: ['our (?:own )?brand', 'private label', 'brand owner'],
    es: ['nuestra marca', 'marca propia'],
    pt: ['nossa marca', 'marca própria'],
    fr: ['notre marque'],
    de: ['eigene(?:n|r)? marke', 'unsere marke'],
    ru: ['наш бренд', 'собственн\\S* бренд'],
    ar: ['علامتنا التجارية'],
    zh: ['我们的品牌', '自有品牌'],
  },
  tradingAgent: {
    en: ['trading company', 'sourcing agent', 'buying agent', 'sourcing company'],
    es: ['empresa comercializadora', 'agente de compras'],
    pt: ['trading', 'agente de compras'],
    fr: ['société de négoce', 'agent d\'achat'],
    de: ['handelsunternehmen', 'einkaufsagent'],
    ru: ['торговая компания', 'агент по закупкам'],
    ar: ['شركة تجارية', 'وكيل شراء'],
    zh: ['贸易公司', '采购代理'],
  },
  government: {
    en: ['government', 'ministry', 'municipality', 'public sector'],
    es: ['gobierno', 'municipalidad', 'ministerio'],
    pt: ['governo', 'prefeitura', 'ministério'],
    fr: ['gouvernement', 'ministère', 'mairie'],
    de: ['regierung', 'behörde', 'ministerium', 'stadtverwaltung'],
    ru: ['правительств', 'министерств', 'администраци'],
    ar: ['حكومة', 'حكومي', 'وزارة', 'بلدية'],
    zh: ['政府', '政府采购'],
  },
  smallRetailer: {
    en: ['\\bmy (?:shop|store)\\b', '\\bour (?:shop|store)\\b', 'retailer', 'boutique'],
    es: ['mi tienda', 'nuestra tienda', 'ferretería'],
    pt: ['minha loja', 'nossa loja'],
    fr: ['mon magasin', 'notre magasin', 'ma boutique'],
    de: ['mein laden', 'unser laden', 'einzelhändler'],
    ru: ['мой магазин', 'наш магазин'],
    ar: ['متجري', 'محلي'],
    zh: ['我的店', '门店'],
  },
  manufacturer: {
    en: ['we are (?:a |an )?(?:\\w+ )?manufacturer', 'our factory'],
    es: ['somos (?:una? )?fabricantes?', 'nuestra fábrica'],
    pt: ['somos (?:uma? )?fabricantes?', 'nossa fábrica'],
    fr: ['nous sommes (?:un )?fabricant', 'notre usine'],
    de: ['wir sind (?:ein )?hersteller', 'unsere fabrik'],
    ru: ['мы производитель', 'наш завод'],
    ar: ['نحن مصنع', 'مصنعنا'],
    zh: ['我们是工厂', '我们工厂'],
  },
};

/** One regular expression for a table, every language at once: an inquiry may mix them. */
export function compileTable(table: Table, flags = ''): RegExp {
  // Longest first, so that "junio" wins over "jun" and "marzo" over "mar".
  const sources = LANGUAGES.flatMap((lang) => table[lang] ?? []).sort((a, b) => b.length - a.length);
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);
}
