import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_META } from '../../src-main/shell/csp';
import { OUT_DIR, REPO } from './harness/paths';

/**
 * What `electron-vite build` made (npm run test:e2e builds first): the files the packaged app
 * runs, in the module formats Electron needs. Electron itself cannot run here.
 */
const read = (path: string) => readFileSync(join(OUT_DIR, path), 'utf8');

describe('the build', () => {
  it('has main, preload and renderer', () => {
    for (const file of ['main/index.js', 'preload/index.cjs', 'renderer/index.html']) {
      expect(existsSync(join(OUT_DIR, file)), file).toBe(true);
    }
  });

  it('main is an ES module that loads the CommonJS preload and the built page', () => {
    const main = read('main/index.js');
    expect(main).toMatch(/^import .* from "electron";$/m);
    expect(main).not.toMatch(/\brequire\(/);
    expect(main).toContain('"../preload/index.cjs"');
    expect(main).toContain('"../renderer/index.html"');
    expect(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'))).toMatchObject({
      type: 'module',
      main: 'out/main/index.js',
    });
  });

  it("main imports only electron, Node built-ins and the app's production dependencies", () => {
    // electron-builder packs `dependencies` only: anything else main imports is missing when packaged.
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const imported = [...read('main/index.js').matchAll(/^import\s[^;]*?from\s*"([^"]+)"|^import\s*"([^"]+)"/gm)].map((m) => m[1] ?? m[2] ?? '');
    expect(imported.length).toBeGreaterThan(0);
    const packageOf = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
    const unexpected = imported.filter(
      (spec) => spec !== 'electron' && !spec.startsWith('node:') && !builtinModules.includes(spec) && !(packageOf(spec) in pkg.dependencies),
    );
    expect(unexpected).toEqual([]);
  });

  it('the preload is CommonJS and needs nothing but electron (a sandboxed preload can require nothing else)', () => {
    const preload = read('preload/index.cjs');
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld("api"');
  });

  it('the page carries its content security policy in a meta tag', () => {
    const html = read('renderer/index.html');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`);
    // Before any script, or it would not cover it.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('the page loads its files relatively, so it works from file:// inside app.asar', () => {
    const html = read('renderer/index.html');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref, ref).toMatch(/^\.\//);
      expect(existsSync(join(OUT_DIR, 'renderer', ref)), ref).toBe(true);
    }
  });

  it('ships no source maps', () => {
    const files = readdirSync(OUT_DIR, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });
});
