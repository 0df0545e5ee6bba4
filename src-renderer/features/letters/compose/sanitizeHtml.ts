/**
 * The letter preview shows rendered HTML inside the app's own page. Templates are written by the
 * salesperson and customer fields are escaped by the engine, but a custom template could still
 * hold a script, a form or a tracking image: the preview keeps only the tags and attributes a
 * letter needs, and links only to http(s) and mailto. Parsed with DOMParser, whose document is
 * inert (nothing loads, nothing runs), then copied node by node into the live page.
 */
const ALLOWED_TAGS = new Set([
  'p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'u', 'a', 'div', 'span', 'blockquote',
  'h1', 'h2', 'h3', 'h4', 'hr', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'small', 'sup', 'sub',
]);
/** Dropped with everything inside them; other unknown tags keep their text. */
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math', 'head', 'title']);
const SAFE_LINK = /^(https?:|mailto:)/i;

function copyInto(target: Node, source: Node, doc: Document): void {
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      target.appendChild(doc.createTextNode(child.textContent ?? ''));
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = element.tagName.toLowerCase();
    if (DROPPED_WITH_CONTENT.has(tag)) continue;
    if (!ALLOWED_TAGS.has(tag)) {
      copyInto(target, element, doc);
      continue;
    }
    const copy = doc.createElement(tag);
    for (const name of ['lang', 'dir']) {
      const value = element.getAttribute(name);
      if (value && /^[\w-]{1,35}$/.test(value)) copy.setAttribute(name, value);
    }
    if (tag === 'a') {
      const href = element.getAttribute('href')?.trim() ?? '';
      if (SAFE_LINK.test(href)) copy.setAttribute('href', href);
      copy.setAttribute('target', '_blank');
      copy.setAttribute('rel', 'noopener noreferrer');
    }
    copyInto(copy, element, doc);
    target.appendChild(copy);
  }
}

/** A fragment of the live document holding only the safe part of `html`. */
export function sanitizeHtml(html: string, doc: Document = document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const fragment = doc.createDocumentFragment();
  copyInto(fragment, parsed.body, doc);
  return fragment;
}
