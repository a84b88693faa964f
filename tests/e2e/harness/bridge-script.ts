// The HTTP twin of src/preload: the same window.diptych shape, made of fetch and EventSource.
// Injected into the page before the renderer runs.
import { API_EVENTS, API_METHODS } from '../../../src/shared/api';

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
  bridge.pathForFile = (file) => (window.__diptychTestPaths && window.__diptychTestPaths.get(file)) || null;
  Object.defineProperty(window, 'diptych', { value: Object.freeze(bridge) });
})();`;
}
