import { app, session, shell } from 'electron';
import { isExternalUrl } from '../../src-shared/ipc/contract';

import { CONTENT_SECURITY_POLICY } from './csp';

export { CONTENT_SECURITY_POLICY };

/**
 * Applies to every web contents the app ever creates: no navigation away from the app, no new
 * windows, no webviews, no permissions; http(s) and mailto links go to the system instead.
 */
export function hardenWebContents(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
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
