// Kept free of Electron imports so the build config and the e2e server can read it too.
/** The page may load only its own code; styles inline because Mantine sets style attributes. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The same policy for the built page's meta tag (file:// responses carry no headers). Browsers
 * ignore frame-ancestors in a meta tag and log an error about it, so the tag leaves it out; the
 * header set in security.ts keeps it.
 */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/**
 * Only under `npm run dev`, served by Vite's dev server: the React refresh preamble is an inline
 * script. Never used by a built app.
 */
export const CONTENT_SECURITY_POLICY_DEV = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
