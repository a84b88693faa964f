// The browser-test harness: serves the built renderer and the real API over loopback HTTP, through
// the same dispatchApiCall and handlers the Electron IPC adapter uses. window.diptych is provided
// by bridge-script.ts, the HTTP twin of the preload.
import { fileURLToPath } from 'node:url';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Database } from 'better-sqlite3';
import type { ApiEventName, ApiEvents } from '../../../src/shared/api';
import type { ArchiveHealth } from '../../../src/main/core/api/context';
import { createApiHandlers, createRecoveryApiHandlers } from '../../../src/main/core/api/handlers';
import { dispatchApiCall } from '../../../src/main/core/api/dispatch';
import { HOST_GRANT_PATHS, HOST_GRANT_SAVE_PATH, dispatchHostCall } from '../../../src/main/core/api/host-calls';
import { exportFileName } from '../../../src/main/core/export/save-name';
import { ChooseExportFileInput } from '../../../src/shared/api/export';
import { PathGrants } from '../../../src/main/core/api/path-grants';

// import.meta.url, not __dirname: benchmarks load the harness under plain tsx (ESM) too.
const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface ApiServer {
  url: string;
  /** Where the save dialog's stand-in puts exports (a fresh folder beside the archive). */
  exportDir: string;
  /** Pushes an event to every open page, as main does over IPC. */
  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void;
  close(): Promise<void>;
}

export async function startApiServer(
  /** The open archive; null for one that failed its check at start (the API worker's recovery). */
  db: Database | null,
  dbPath = ':memory:',
  options: {
    /** The operating system's preferred languages, as Electron main passes them (first-run language). */
    systemLanguages?: string[];
    /** How the archive fared at start (core/api/archive-start.ts), as the API worker keeps it. */
    health?: ArchiveHealth;
    /**
     * The save dialog's stand-in (there is no native dialog over loopback): the path the reader
     * "chooses" for a suggested file name, or null for a cancelled dialog. Default: the name in
     * `exportDir`.
     */
    chooseSavePath?: (name: string, exportDir: string) => string | null;
  } = {},
): Promise<ApiServer> {
  const streams = new Set<ServerResponse>();
  const emit = <E extends ApiEventName>(event: E, payload: ApiEvents[E]): void => {
    const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const s of streams) s.write(data);
  };
  // Tokens for chosen files, issued as main issues them (bridge-script.ts is the preload's twin).
  const grants = new PathGrants();
  const saveGrants = new PathGrants();
  const hostGrants = { read: grants, save: saveGrants };
  const exportDir = mkdtempSync(join(dbPath === ':memory:' ? tmpdir() : dirname(dbPath), 'exports-'));
  const chooseSavePath = options.chooseSavePath ?? ((name: string, dir: string) => join(dir, name));
  const context = { dbPath, emit, grants, saveGrants, systemLanguages: options.systemLanguages ?? [], ...(options.health ? { health: options.health } : {}) };
  const handlers = db
    ? createApiHandlers({ ...context, db })
    : createRecoveryApiHandlers(context, options.health ?? { status: { state: 'damaged', error: null, restored: null, restoreFailed: null }, lastBackupError: null });

  const server: Server = createServer((req, res) => {
    void route(req, res).catch((e: unknown) => {
      res.writeHead(500).end(String(e));
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': open\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (url.pathname === '/host/grant-files' && req.method === 'POST') {
      const paths = JSON.parse((await readBody(req)) || 'null') as unknown;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(dispatchHostCall(hostGrants, HOST_GRANT_PATHS, { paths })));
      return;
    }
    if (url.pathname === '/host/choose-export-file' && req.method === 'POST') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(chooseExportFile((await readBody(req)) || 'null')));
      return;
    }
    if (url.pathname.startsWith('/api/') && req.method === 'POST') {
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      const body = await readBody(req);
      let input: unknown;
      try {
        input = body ? JSON.parse(body) : undefined;
      } catch {
        input = Symbol('unparseable');
      }
      const result = await dispatchApiCall(handlers, method, input ?? undefined);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      return;
    }
    await serveStatic(url.pathname, res);
  }

  /** As main's save dialog does (src/main/electron/save-dialog.ts), with the path chosen by the test. */
  function chooseExportFile(body: string) {
    const parsed = ChooseExportFileInput.safeParse(JSON.parse(body));
    if (!parsed.success) return { ok: false, error: { code: 'invalidInput', params: { detail: 'save dialog' } } };
    const name = exportFileName(parsed.data.suggestedName, parsed.data.format);
    const path = chooseSavePath(name, exportDir);
    if (path === null) return { ok: true, value: { token: null, name } };
    const granted = dispatchHostCall(hostGrants, HOST_GRANT_SAVE_PATH, { path });
    return granted.ok ? { ok: true, value: { token: (granted.value as { token: string }).token, name: path.split('/').pop() } } : granted;
  }

  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    exportDir,
    emit,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of streams) s.end();
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
  const rel = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname));
  const file = join(RENDERER_DIR, rel);
  if (!file.startsWith(RENDERER_DIR)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
