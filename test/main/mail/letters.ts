import { randomUUID } from 'node:crypto';
import type { OutgoingMessage } from '../../../src-shared/mail/types';

/** Names, subjects and bodies in five languages, with the scripts that break naive encoders. */
const LANGS = [
  { language: 'en', names: ['Olivia Smith', "Seán O'Brien", 'Zoë Adams'], subject: (n: string) => `Your quote for LED panels, ${n}`, hello: 'Dear' },
  { language: 'es', names: ['José Núñez', 'María Peña', 'Iñigo Ibáñez'], subject: (n: string) => `Su cotización de paneles LED, ${n} — año 2026`, hello: 'Estimado/a' },
  { language: 'ru', names: ['Иван Петров', 'Анна Смирнова', 'Юрий Щукин'], subject: (n: string) => `Ваше предложение по LED-панелям, ${n}`, hello: 'Уважаемый(ая)' },
  { language: 'zh', names: ['王伟', '李娜', '欧阳明'], subject: (n: string) => `${n}，您的LED面板报价单已准备好`, hello: '尊敬的' },
  { language: 'ar', names: ['محمد العلي', 'فاطمة الزهراء', 'عبد الله بن سعيد'], subject: (n: string) => `عرض أسعار ألواح LED، ${n}`, hello: 'عزيزي' },
] as const;

export interface TestLetter {
  message: OutgoingMessage;
  expect: { name: string; address: string; subject: string; language: string };
}

export function messageId(): string {
  return `<${randomUUID()}@tradewind.test>`;
}

/** The i-th letter of a batch: a distinct recipient, one of five languages in turn. */
export function testLetter(i: number, overrides: Partial<OutgoingMessage> = {}): TestLetter {
  const lang = LANGS[i % LANGS.length]!;
  const name = `${lang.names[i % lang.names.length]!} ${i}`;
  const address = `buyer${i}@customer${i % 37}.example.com`;
  const subject = lang.subject(name);
  const message: OutgoingMessage = {
    messageId: messageId(),
    from: { name: '张伟 (Tradewind Lighting)', address: 'sales@tradewind.test' },
    to: { name, address },
    subject,
    html: `<p dir="${lang.language === 'ar' ? 'rtl' : 'ltr'}">${lang.hello} ${name},</p><p>№ ${i} — 50 × 60 cm, 12 €/pc</p>`,
    text: `${lang.hello} ${name},\n\n№ ${i} — 50 × 60 cm, 12 €/pc\n`,
    language: lang.language,
    ...overrides,
  };
  return { message, expect: { name: message.to.name, address: message.to.address, subject: message.subject, language: message.language } };
}
