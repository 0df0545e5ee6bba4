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

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
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
      outDir: resolve(__dirname, 'out/renderer'),
      // Loaded from disk, not over a network: one large chunk costs nothing worth a warning.
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
  },
});
