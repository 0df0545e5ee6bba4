/**
 * Labelled lines: what platform notifications (Alibaba, Made-in-China), RFQs and website forms
 * put in front of the buyer's message ("Product: …", "Country/Region: Brazil", "Firma: …").
 * Read in every language, by the meaning of the label.
 */

export type FieldName = 'product' | 'quantity' | 'country' | 'name' | 'company' | 'email' | 'phone' | 'website' | 'message';

const LABELS: Record<FieldName, string[]> = {
  product: ['product', 'product name', 'products', 'producto', 'produto', 'produit', 'produkt', 'товар', 'продукт', 'продукция', '产品', '产品名称', 'المنتج'],
  quantity: ['quantity', 'purchase quantity', 'qty', 'cantidad', 'quantidade', 'quantité', 'menge', 'количество', '数量', '采购数量', 'الكمية'],
  country: ['country', 'country/region', 'country / region', 'region', 'país', 'pays', 'land', 'страна', '国家', '国家/地区', 'البلد', 'الدولة'],
  name: ['buyer', 'name', 'full name', 'contact', 'contact person', 'nombre', 'nome', 'nom', 'имя', 'контакт', '联系人', '姓名', '买家', 'الاسم'],
  company: ['company', 'company name', 'empresa', 'société', 'societe', 'firma', 'firmenname', 'компания', 'организация', '公司', '公司名称', 'الشركة'],
  email: ['email', 'e-mail', 'mail', 'correo', 'correo electrónico', 'courriel', 'почта', '邮箱', '电子邮件', 'البريد الإلكتروني'],
  phone: ['phone', 'tel', 'tel.', 'telephone', 'mobile', 'whatsapp', 'teléfono', 'telefone', 'téléphone', 'telefon', 'телефон', 'тел', 'тел.', '电话', '手机', 'هاتف', 'الهاتف'],
  website: ['website', 'web', 'web site', 'sitio web', 'site', 'webseite', 'сайт', '网站', 'الموقع'],
  message: ['message', 'mensaje', 'mensagem', 'nachricht', 'сообщение', '留言', '内容', 'الرسالة', 'inquiry', 'details'],
};

const LABEL_INDEX = new Map<string, FieldName>();
for (const [field, labels] of Object.entries(LABELS) as Array<[FieldName, string[]]>) {
  for (const label of labels) LABEL_INDEX.set(label, field);
}

const FIELD_LINE = /^([^:\n]{2,30}?)\s*:\s*(.*)$/;

export interface FieldLines {
  values: Partial<Record<FieldName, string>>;
  /** Indexes of the platform's product lines: filled in automatically, not the buyer's own words. */
  productLines: Set<number>;
}

export function readFieldLines(lines: readonly string[]): FieldLines {
  const values: Partial<Record<FieldName, string>> = {};
  const productLines = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > 300 || line.indexOf(':') < 0) continue;
    const m = FIELD_LINE.exec(line);
    if (!m) continue;
    const field = LABEL_INDEX.get((m[1] ?? '').trim().toLowerCase());
    if (!field) continue;
    const value = (m[2] ?? '').trim();
    if (field === 'product') productLines.add(i);
    if (value && !(field in values)) values[field] = value;
  }
  return { values, productLines };
}
