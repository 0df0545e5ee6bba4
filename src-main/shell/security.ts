import { app, session, shell } from 'electron';
import { isExternalUrl } from '../../src-shared/ipc/contract';

import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_DEV } from './csp';

export { CONTENT_SECURITY_POLICY };

/**
 * Applies to every web contents the app ever creates: no navigation away from the app, no new
 * windows, no webviews, no permissions; http(s) and mailto links go to the system instead.
 */
export function hardenWebContents({ dev }: { dev: boolean }): void {
  // The dev server's hot reload needs an inline script; a built app never gets this policy.
  const policy = dev ? CONTENT_SECURITY_POLICY_DEV : CONTENT_SECURITY_POLICY;
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      if (isExternalUrl(url)) void shell.openExternal(url);
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
