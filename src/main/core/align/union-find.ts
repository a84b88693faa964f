// Union-find over string keys, for the classes anchors and words are grouped in.

/** The root of `key` in `parent` (every key present maps to itself or to a key nearer its root),
 *  shortening the path as it goes. */
export function rootOf(parent: Map<string, string>, key: string): string {
  let r = key;
  while (parent.get(r) !== r) r = parent.get(r)!;
  parent.set(key, r);
  return r;
}
