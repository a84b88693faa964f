// Only the app's own page may call the API, and the window loads only the renderer's own files:
// the rules the Electron shell applies (src/main/electron/own-page.ts), under plain Node.
import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isOwnPage, ownPage } from '../../src/main/electron/own-page';

const built = ownPage('/opt/Diptych/resources/app.asar/out/renderer/index.html', undefined);
const dev = ownPage('/ignored/index.html', 'http://localhost:5173/');

describe('who may call the API', () => {
  it.each([
    ['the app’s page', 'file:///opt/Diptych/resources/app.asar/out/renderer/index.html', true],
    ['the app’s page at a route', 'file:///opt/Diptych/resources/app.asar/out/renderer/index.html#/story/12?lang=uk', true],
    ['another file in the renderer folder', 'file:///opt/Diptych/resources/app.asar/out/renderer/other.html', false],
    ['any other file', 'file:///home/reader/Downloads/evil.html', false],
    ['the page with a query', 'file:///opt/Diptych/resources/app.asar/out/renderer/index.html?x=1', false],
    ['a path that climbs back to it', 'file:///tmp/../opt/Diptych/resources/app.asar/out/renderer/index.html', true],
    ['a file on another host', 'file://server/opt/Diptych/resources/app.asar/out/renderer/index.html', false],
    ['a data: page', 'data:text/html,<script>diptych.deleteStory({id:1})</script>', false],
    ['a blob: page', 'blob:file:///6f1c-4f', false],
    ['devtools', 'devtools://devtools/bundled/inspector.html', false],
    ['the web', 'https://example.com/', false],
    ['nothing', '', false],
    ['garbage', 'not a url', false],
  ])('%s', (_what, url, allowed) => {
    expect(isOwnPage(url, built)).toBe(allowed);
  });

  it.each([
    ['the dev server', 'http://localhost:5173/', true],
    ['the dev server at a route', 'http://localhost:5173/#/search?q=NATO', true],
    ['another port', 'http://localhost:5174/', false],
    ['another host', 'http://127.0.0.1:5173/', false],
    ['a file page while developing', 'file:///opt/Diptych/resources/app.asar/out/renderer/index.html', false],
    ['the dev server’s socket is no page', 'ws://localhost:5173/', false],
  ])('while developing: %s', (_what, url, allowed) => {
    expect(isOwnPage(url, dev)).toBe(allowed);
  });

  it('compares a Windows drive path as Windows does', () => {
    const windows = ownPage('C:\\Program Files\\Diptych\\resources\\app.asar\\out\\renderer\\index.html', undefined);
    if (process.platform !== 'win32') return; // pathToFileURL reads backslashes as Windows only there
    expect(isOwnPage('file:///c:/Program%20Files/Diptych/resources/app.asar/out/renderer/index.html', windows)).toBe(true);
  });
});

describe('what the window may load', () => {
  it.each([
    ['the renderer’s script', 'file:///opt/Diptych/resources/app.asar/out/renderer/assets/index-1a2b.js', true],
    ['a file outside the renderer', 'file:///etc/passwd', false],
    ['a sibling folder with the same prefix', 'file:///opt/Diptych/resources/app.asar/out/renderer-evil/x.js', false],
    ['an inline image', 'data:image/png;base64,iVBORw0KGgo=', true],
    ['a blob the page made', 'blob:file:///1234', true],
    ['the network', 'https://example.com/tracker.gif', false],
    ['devtools', 'devtools://devtools/bundled/inspector.js', true],
  ])('%s', (_what, url, allowed) => {
    expect(isAllowedRequest(url, built)).toBe(allowed);
  });

  it.each([
    ['the dev server', 'http://localhost:5173/src/main.tsx', true],
    ['its hot-reload socket', 'ws://localhost:5173/', true],
    ['elsewhere', 'http://localhost:8080/', false],
  ])('while developing: %s', (_what, url, allowed) => {
    expect(isAllowedRequest(url, dev)).toBe(allowed);
  });
});
