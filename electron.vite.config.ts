import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './src-main/shell/csp';

/**
 * The built page carries its CSP in a meta tag, since file:// responses have no headers. Dev mode
 * skips it: Vite's hot reload needs inline scripts, and the dev server is never shipped.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'tradewind-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`),
  };
}

/** Where builds go; the e2e harness and benchmarks read the same variable (TRADEWIND_OUT_DIR). */
const OUT_DIR = resolve(__dirname, process.env['TRADEWIND_OUT_DIR'] ?? 'out');

export default defineConfig({
  main: {
    build: {
      outDir: resolve(OUT_DIR, 'main'),
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(OUT_DIR, 'preload'),
      // A sandboxed preload must be CommonJS.
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve(OUT_DIR, 'renderer'),
      // electron-vite leaves the renderer unminified; minified, the page parses and starts faster.
      minify: true,
      // Loaded from disk, not over a network: one large chunk costs nothing worth a warning.
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
  },
});
