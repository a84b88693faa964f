// Electron hardening: the archive is offline by design and the window shows only our renderer.
// Follows electron/electron docs/tutorial/security.md.
import { app, session, type WebContents } from 'electron';

/** The only origins a request may go to: our files, or the dev server while developing. */
export function isAllowedUrl(url: string, devServerUrl: string | undefined): boolean {
  if (url.startsWith('file://') || url.startsWith('devtools://')) return true;
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  if (devServerUrl) {
    try {
      const dev = new URL(devServerUrl);
      const u = new URL(url);
      // The dev server and its hot-reload socket.
      return u.host === dev.host && ['http:', 'ws:'].includes(u.protocol);
    } catch {
      return false;
    }
  }
  return false;
}

export function installSecurity(devServerUrl: string | undefined): void {
  const ses = session.defaultSession;
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedUrl(details.url, devServerUrl) });
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
