// Electron hardening: the archive is offline by design and the window shows only our renderer.
// Follows electron/electron docs/tutorial/security.md. Which page and which requests are ours is
// decided in own-page.ts (plain functions, tested under Node).
import { app, session, type WebContents } from 'electron';
import { isAllowedRequest, type OwnPage } from './own-page';

export function installSecurity(page: OwnPage): void {
  const ses = session.defaultSession;
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, page) });
  });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
