import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iconPath } from '../../src-main/files/appPaths';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_DEV, CONTENT_SECURITY_POLICY_META } from '../../src-main/shell/csp';

/**
 * Electron cannot run here, so the shell's security settings are checked as text: a cheap guard
 * that a refactor does not quietly drop one. The e2e suite checks the built files.
 */
const root = resolve(__dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const app = read('src-main/shell/app.ts');
const security = read('src-main/shell/security.ts');
const preload = read('src-main/preload/index.ts');

describe('the window is sandboxed', () => {
  it.each([
    ['contextIsolation: true', /contextIsolation:\s*true/],
    ['sandbox: true', /sandbox:\s*true/],
    ['nodeIntegration: false', /nodeIntegration:\s*false/],
    ['webSecurity: true', /webSecurity:\s*true/],
    ['the preload is the CommonJS build', /preload:\s*join\(here,\s*'\.\.\/preload\/index\.cjs'\)/],
  ])('%s', (_name, pattern) => {
    expect(app).toMatch(pattern);
  });

  it('never turns the protections off anywhere in main', () => {
    for (const text of [app, security]) {
      expect(text).not.toMatch(/contextIsolation:\s*false/);
      expect(text).not.toMatch(/sandbox:\s*false/);
      expect(text).not.toMatch(/nodeIntegration\w*:\s*true/);
      expect(text).not.toMatch(/webSecurity:\s*false/);
      expect(text).not.toMatch(/allowRunningInsecureContent:\s*true/);
      expect(text).not.toMatch(/webviewTag:\s*true/);
    }
  });

  it('runs one instance only', () => {
    expect(app).toMatch(/requestSingleInstanceLock\(\)/);
    expect(app).toMatch(/app\.quit\(\)/);
    expect(app).toMatch(/'second-instance'/);
  });

  it('checks the sender frame of every IPC call before dispatching', () => {
    expect(app).toMatch(/event\.senderFrame/);
    expect(app).toMatch(/isTopFrame:\s*frame\.parent === null/);
    expect(app).toMatch(/dispatchFromSender\(handlers,\s*channel,\s*arg,\s*sender,\s*appOrigin\)/);
    // Never the unchecked dispatch straight from ipcMain.
    expect(app).not.toMatch(/\bdispatch\(/);
  });
});

describe('no navigation, no new windows, no permissions', () => {
  it.each([
    ['window.open is denied', /setWindowOpenHandler\([\s\S]*?action:\s*'deny'/],
    ['will-navigate is prevented', /'will-navigate'[\s\S]*?event\.preventDefault\(\)/],
    ['will-redirect is prevented', /'will-redirect'[\s\S]*?preventDefault\(\)/],
    ['webviews are refused', /'will-attach-webview'[\s\S]*?preventDefault\(\)/],
    ['permission requests are refused', /setPermissionRequestHandler\([\s\S]*?callback\(false\)/],
    ['the CSP header is set', /'Content-Security-Policy':\s*\[policy\]/],
    ['the relaxed policy only under the dev server', /const policy = dev \? CONTENT_SECURITY_POLICY_DEV : CONTENT_SECURITY_POLICY;/],
    ['only http(s)/mailto links leave the app', /isExternalUrl\(url\)\)\s*void shell\.openExternal\(url\)/],
  ])('%s', (_name, pattern) => {
    expect(security).toMatch(pattern);
  });

  it('hardens every web contents, not just the first window', () => {
    expect(security).toMatch(/app\.on\('web-contents-created'/);
    expect(app).toMatch(/hardenWebContents\(\{ dev: Boolean\(devServerUrl\) \}\)/);
  });
});

describe('the preload exposes the contract and nothing else', () => {
  it('exposes only window.api', () => {
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\('api',\s*api\)/);
  });
  it('never hands ipcRenderer itself to the page', () => {
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(preload).not.toMatch(/ipcRenderer\.send(Sync)?\(/);
  });
});

describe('the content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  it('loads scripts only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });
  it('has no eval and no remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
  it('is the same in the meta tag, less frame-ancestors which a meta tag cannot carry', () => {
    expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY_META.split('; ')).toEqual(CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')));
  });
  it('relaxes only script-src, and only for the dev server', () => {
    expect(CONTENT_SECURITY_POLICY_DEV).toBe(CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"));
    expect(CONTENT_SECURITY_POLICY_DEV).not.toMatch(/unsafe-eval/);
  });
  it('is safe to put in an HTML attribute', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/["<>&]/);
  });

  const builtHtml = join(root, 'out/renderer/index.html');
  // The e2e suite builds first and checks this always; here only when a build is lying around.
  it.skipIf(!existsSync(builtHtml))('is in the built page as a meta tag', () => {
    const html = readFileSync(builtHtml, 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`);
  });
});

describe('the window icon', () => {
  it('comes from the repository in development', () => {
    const mainDir = join(root, 'out', 'main');
    expect(iconPath({ isPackaged: false, resourcesPath: '/unused', mainDir })).toBe(join(root, 'resources', 'icon.png'));
    expect(existsSync(join(root, 'resources', 'icon.png'))).toBe(true);
  });
  it('comes from the resources folder when packaged', () => {
    expect(iconPath({ isPackaged: true, resourcesPath: '/opt/Tradewind/resources', mainDir: '/x/app.asar/out/main' })).toBe(
      join('/opt/Tradewind/resources', 'icon.png'),
    );
  });
  it('is what electron-builder copies there', () => {
    expect(read('electron-builder.yml')).toMatch(/extraResources:\s*\n\s*- from: resources\/icon\.png\n\s*to: icon\.png/);
  });
});

describe('electron-builder.yml', () => {
  it("matches electron-builder's own schema", async () => {
    // The same validation `electron-builder` runs before packaging, without packaging.
    const { getConfig, validateConfiguration } = await import('app-builder-lib/out/util/config/config');
    const { DebugLogger } = await import('builder-util');
    const config = await getConfig(root, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config).toMatchObject({ appId: 'com.tradewind.crm', productName: 'Tradewind', asar: true, directories: { output: 'dist' } });
  });
});
