// Which page is the app's own: the renderer's index.html as a file URL, or the dev server's origin
// while developing. Only it may call the API; its folder (or the dev server) is all it may load.
// Pure (no Electron): the rules are tested under plain Node.
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

export type OwnPage =
  /** `path` and `folder`: URL paths of index.html and of its folder (ending in /). */
  | { kind: 'file'; path: string; folder: string }
  | { kind: 'dev'; origin: string };

export function ownPage(rendererIndexFile: string, devServerUrl: string | undefined): OwnPage {
  if (devServerUrl) return { kind: 'dev', origin: new URL(devServerUrl).origin };
  return {
    kind: 'file',
    path: comparable(pathToFileURL(rendererIndexFile).pathname),
    folder: comparable(pathToFileURL(`${dirname(rendererIndexFile)}/`).pathname),
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A file URL's path as the file system compares it: decoded, and a Windows drive path in one case. */
function comparable(pathname: string): string {
  const decoded = decodeURIComponent(pathname);
  return /^\/[A-Za-z]:\//u.test(decoded) ? decoded.toLowerCase() : decoded;
}

const isLocalFile = (u: URL): boolean => u.protocol === 'file:' && (u.host === '' || u.host === 'localhost');

/**
 * True only for the app's own page: that exact file (at any #route), or a page of the dev server's
 * origin. Not another file:// page, not data:, blob:, devtools: nor a page that navigated away.
 */
export function isOwnPage(senderUrl: string, page: OwnPage): boolean {
  const u = parse(senderUrl);
  if (!u) return false;
  if (page.kind === 'dev') return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === page.origin;
  return isLocalFile(u) && u.search === '' && comparable(u.pathname) === page.path;
}

/**
 * What the window may load: the renderer's own files (or the dev server and its hot-reload
 * socket), the page's own data: and blob: resources, devtools. Nothing from the network.
 */
export function isAllowedRequest(url: string, page: OwnPage): boolean {
  // data: and blob: URLs are made by the page itself (the only page the window shows).
  if (url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:')) return true;
  const u = parse(url);
  if (!u) return false;
  if (page.kind === 'dev') return ['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol) && u.host === new URL(page.origin).host;
  return isLocalFile(u) && comparable(u.pathname).startsWith(page.folder);
}
