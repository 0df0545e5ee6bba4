import { useMemo } from 'react';

/**
 * The letter's HTML in a sandboxed frame: no scripts, its own origin, and its own styles, so a
 * template's markup can neither run nor restyle the app. The body comes from our engine, which
 * escapes every customer field.
 */
export function LetterFrame({ html, title }: { html: string; title: string }) {
  const doc = useMemo(
    () =>
      `<!doctype html><html><head><meta charset="utf-8"><style>` +
      `body{margin:16px;font:14px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;color:#1f2328;background:#fff;overflow-wrap:anywhere}` +
      `p{margin:0 0 .8em}ul,ol{margin:0 0 .8em;padding-inline-start:1.4em}a{color:#1c7ed6}` +
      `</style></head><body>${html}</body></html>`,
    [html],
  );
  return (
    <iframe
      title={title}
      sandbox=""
      srcDoc={doc}
      data-testid="preview-frame"
      style={{ width: '100%', height: 420, border: '1px solid var(--mantine-color-default-border)', borderRadius: 6, background: '#fff', resize: 'vertical' }}
    />
  );
}
