// The HTTP twin of src/preload: the same window.diptych shape, made of fetch and EventSource.
// Injected into the page before the renderer runs.
import { API_EVENTS, API_METHODS, chosenFolder } from '../../../src/shared/api';

export function bridgeScript(): string {
  return `(() => {
  const methods = ${JSON.stringify(API_METHODS)};
  const events = ${JSON.stringify(API_EVENTS)};
  const listeners = new Map();
  const source = new EventSource('/api/events');
  source.onmessage = (message) => {
    const { event, payload } = JSON.parse(message.data);
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  const bridge = {};
  for (const method of methods) {
    bridge[method] = (input) =>
      fetch('/api/' + method, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input === undefined ? null : input),
      }).then((r) => r.json());
  }
  bridge.on = (event, listener) => {
    if (!events.includes(event)) throw new Error('Unknown event ' + event);
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event).add(listener);
    return () => listeners.get(event).delete(listener);
  };
  // As the preload does: a path for each File (here the test says which: webUtils.getPathForFile
  // has no twin in a browser), then tokens from the host for them.
  const chosenFolder = ${chosenFolder.toString()};
  bridge.grantFiles = async (files, how) => {
    const list = [...files];
    const known = window.__diptychTestPaths || new Map();
    let paths = list.map((f) => known.get(f)).filter(Boolean);
    if (how === 'folder') {
      const folder = paths[0] && list[0] ? chosenFolder(paths[0], list[0].webkitRelativePath || '') : null;
      paths = folder ? [folder] : [];
    }
    const unknown = how === 'folder' ? (paths.length > 0 ? 0 : list.length) : list.length - paths.length;
    if (paths.length === 0) return { ok: true, value: { tokens: [], unknown } };
    const result = await fetch('/host/grant-files', { method: 'POST', body: JSON.stringify(paths) }).then((r) => r.json());
    return result.ok ? { ok: true, value: { tokens: result.value.tokens, unknown } } : result;
  };
  // The save dialog is the host's (main's native one; here the harness picks a path in a folder
  // of its own): a token for the file, and its name.
  bridge.chooseExportFile = (input) =>
    fetch('/host/choose-export-file', { method: 'POST', body: JSON.stringify(input === undefined ? null : input) }).then((r) => r.json());
  // The shell has no twin here: the addresses asked for are kept for the test to read.
  window.__diptychOpened = [];
  bridge.openExternal = async (url) => {
    if (!['http:', 'https:'].includes(new URL(String(url), 'x:/').protocol)) return { ok: false, error: { code: 'invalidInput', params: { detail: 'url' } } };
    window.__diptychOpened.push(url);
    return { ok: true, value: { opened: true } };
  };
  Object.defineProperty(window, 'diptych', { value: Object.freeze(bridge) });
})();`;
}
