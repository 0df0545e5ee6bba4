/**
 * A realistic customer list of any size for performance runs: several countries and phone formats,
 * names in several scripts, tags and notes, about 150 bytes a row.
 */
const COUNTRIES = [
  { country: 'United States', phone: (n: string) => `+1 212 2${n.slice(0, 2)} ${n.slice(2, 6)}` },
  { country: 'China', phone: (n: string) => `138${n.slice(0, 4)}${n.slice(2, 6)}` },
  { country: 'Germany', phone: (n: string) => `+49 30 ${n}1` },
  { country: 'Brasil', phone: (n: string) => `+55 11 9${n.slice(0, 4)}-${n.slice(2, 6)}` },
  { country: 'GB', phone: (n: string) => `020 7${n.slice(0, 3)} ${n.slice(3, 6)}0` },
  { country: '沙特阿拉伯', phone: (n: string) => `+966 50 ${n.slice(0, 3)} ${n.slice(3, 6)}0` },
] as const;

export function bigCustomerCsv(rows: number): string {
  const lines = ['Company,Contact Name,Email,Phone,Country,City,Level,Source,Tags,Notes,Last Contact'];
  for (let i = 0; i < rows; i++) {
    const { country, phone } = COUNTRIES[i % COUNTRIES.length]!;
    const n = String(100000 + ((i * 7919) % 900000));
    lines.push(
      [
        `"Company ${i} Trading Co., Ltd."`,
        i % 3 === 0 ? '张伟' : `Buyer ${i}`,
        `buyer${i}@company${i}.com`,
        phone(n),
        country,
        'Main City',
        'ABCDE'[i % 5],
        i % 2 ? 'Alibaba' : '展会',
        '"vip; led"',
        `"Asked for a quote on ${i % 500} cartons, FOB Ningbo"`,
        `2024-0${1 + (i % 9)}-1${i % 10}`,
      ].join(','),
    );
  }
  return lines.join('\r\n');
}
