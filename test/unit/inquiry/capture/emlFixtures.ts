/** .eml files written for the tests, as the mail programs save them. */

const encoder = new TextEncoder();

/** Bytes of a string in GBK, found by decoding every GBK code (tests only: Node has no GBK encoder). */
export function gbk(text: string): Uint8Array {
  const table = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`No GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

let cached: Map<string, [number, number]> | null = null;
function gbkTable(): Map<string, [number, number]> {
  if (cached) return cached;
  const decoder = new TextDecoder('gbk');
  cached = new Map();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && !cached.has(ch)) cached.set(ch, [hi, lo]);
    }
  }
  return cached;
}

export function concat(...parts: Array<string | Uint8Array>): Uint8Array {
  const chunks = parts.map((p) => (typeof p === 'string' ? encoder.encode(p) : p));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

export const QUOTED_PRINTABLE = `Return-Path: <joao@construtora-sul.com.br>
From: =?UTF-8?Q?Jo=C3=A3o_Pereira?= <joao@construtora-sul.com.br>
To: sales@acme-lighting.cn
Subject: =?UTF-8?Q?Cota=C3=A7=C3=A3o_-_lumin=C3=A1ria_LED_150W?=
Date: Wed, 18 Nov 2026 22:47:13 -0300
Message-ID: <abc123@construtora-sul.com.br>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Prezados,

Precisamos de cota=C3=A7=C3=A3o para 800 unidades de lumin=C3=A1ria LED 150W=
 IP66, pre=C3=A7o CIF Santos.

Atenciosamente,
Jo=C3=A3o Pereira
Gerente de Compras
Construtora Sul Ltda
+55 51 3333 4444
`.replace(/\n/g, '\r\n');

const BASE64_BODY = Buffer.from(
  'Здравствуйте!\n\nНам нужно 1000 шт. светодиодных ламп E27 12W. Цена FOB Шанхай?\n\nС уважением,\nИван Петров\nООО «Свет»\n',
  'utf-8',
)
  .toString('base64')
  .replace(/.{76}/g, '$&\n');

export const BASE64 = `From: Ivan Petrov <ivan@svet.ru>
To: sales@acme-lighting.cn
Subject: =?UTF-8?B?0JfQsNC/0YDQvtGBINGG0LXQvdGL?=
Date: Mon, 16 Nov 2026 09:05:00 +0300
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

${BASE64_BODY}
--b1
Content-Type: text/html; charset=UTF-8

<p>HTML version</p>
--b1--
`;

/** A Foxmail message in GBK, subject encoded as an RFC 2047 word in GBK. */
export function gbkMessage(): Uint8Array {
  const subjectWord = `=?GBK?B?${Buffer.from(gbk('询价：LED灯')).toString('base64')}?=`;
  return concat(
    `From: =?GBK?B?${Buffer.from(gbk('王先生')).toString('base64')}?= <wang@example-trading.com>\r\n`,
    `Subject: ${subjectWord}\r\n`,
    'Date: Tue, 17 Nov 2026 14:30:00 +0800\r\n',
    'MIME-Version: 1.0\r\n',
    'Content-Type: text/plain; charset="GBK"\r\n',
    'Content-Transfer-Encoding: 8bit\r\n',
    '\r\n',
    gbk('您好，我们需要500台LED灯，请报价。\r\n王先生\r\n'),
  );
}

export const HTML_ONLY = `From: "Website form" <no-reply@acme-lighting.cn>
Reply-To: Anna Schmidt <a.schmidt@licht-handel.de>
To: sales@acme-lighting.cn
Subject: New submission: contact form
Date: Thu, 19 Nov 2026 07:15:00 +0100
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<!DOCTYPE html><html><body><p>Name: Anna Schmidt</p><p>Company: Licht Handel GmbH</p>
<p>Message: Wir ben&ouml;tigen 300 St&uuml;ck LED-Panels 62x62, CE.</p><script>alert('x')</script></body></html>
`;
