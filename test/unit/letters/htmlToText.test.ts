import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src-shared/letters';

describe('htmlToText', () => {
  it('turns paragraphs, line breaks and lists into lines', () => {
    const html = '<p>Dear Maria,</p>\n<p>Thank you   for\n your inquiry.</p>\n<ul>\n<li>Price: $1.20</li>\n<li>MOQ: 500</li>\n</ul>\n<p>Best regards,<br>\nLi Wei<br>\n\nBright Co.<br>\n</p>';
    expect(htmlToText(html)).toBe('Dear Maria,\n\nThank you for your inquiry.\n\n- Price: $1.20\n- MOQ: 500\n\nBest regards,\nLi Wei\nBright Co.');
  });
  it('keeps link addresses when they differ from the text', () => {
    expect(htmlToText('<p>See <a href="https://x.cn/cat?a=1&amp;b=2">our catalogue</a>.</p>')).toBe('See our catalogue (https://x.cn/cat?a=1&b=2).');
    expect(htmlToText('<a href="https://x.cn">https://x.cn</a>')).toBe('https://x.cn');
    expect(htmlToText('<a href="mailto:li@x.cn">li@x.cn</a>')).toBe('li@x.cn');
    expect(htmlToText("<a class='c' href='https://y.cn'><strong>Y</strong></a> z")).toBe('Y (https://y.cn) z');
  });
  it('decodes entities, named and numeric', () => {
    expect(htmlToText('&lt;b&gt; &amp; &quot;q&quot; &#39;s&#x27; &#x3D; &#x60; a&nbsp;b &#8364; &euro; &unknown; & x')).toBe('<b> & "q" \'s\' = ` a b € € &unknown; & x');
  });
  it('strips other tags, comments, scripts and styles', () => {
    expect(htmlToText('<!-- note --><style>p{}</style><div><em>a</em><strong>b</strong></div><script>x()</script><div>c</div>')).toBe('ab\nc');
  });
  it('keeps a lone < as text', () => {
    expect(htmlToText('<p>MOQ < 500 pcs and x<5</p>')).toBe('MOQ < 500 pcs and x<5');
  });
  it('collapses blank lines and trims', () => {
    expect(htmlToText('<br><br><p></p><p></p>\n<p> a </p><br><br><br><br>b<p></p>  ')).toBe('a\n\nb');
  });
  it('handles Arabic and Chinese', () => {
    expect(htmlToText('<div lang="ar" dir="rtl"><p>السادة المحترمون،</p><p>يسرّنا أن نرسل إليكم عرض السعر رقم Q-1</p></div>')).toBe(
      'السادة المحترمون،\n\nيسرّنا أن نرسل إليكم عرض السعر رقم Q-1',
    );
    expect(htmlToText('<p>尊敬的王伟：</p><ul><li>总金额：US$12,345.67</li><li>贸易术语：FOB 宁波</li></ul><p>顺祝商祺！<br>李伟</p>')).toBe(
      '尊敬的王伟：\n\n- 总金额：US$12,345.67\n- 贸易术语：FOB 宁波\n\n顺祝商祺！\n李伟',
    );
  });
  it('gives an empty string for empty or tag-only input', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p>\n</p>')).toBe('');
  });
});
