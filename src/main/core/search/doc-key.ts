// The search index holds one document per version: a story's text in one language. Its rowid is
// the story id and a small language code packed together, so grouping hits by story and counting
// languages need no join: story = key / 256, language = key % 256. Keys stay below 2^53 (story ids
// below 2^45), so they are exact JavaScript numbers.

export const LANG_SLOTS = 256;

export function docKey(storyId: number, langCode: number): number {
  return storyId * LANG_SLOTS + langCode;
}

export function storyOfDoc(key: number): number {
  return Math.floor(key / LANG_SLOTS);
}

export function langCodeOfDoc(key: number): number {
  return key % LANG_SLOTS;
}
