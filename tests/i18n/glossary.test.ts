// One word for one thing in each language, as a translator's glossary would have it: a reader who
// sees "стаття" in the library and "матеріал" in a dialog wonders whether they are two things.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));

/** Per language: a word the interface avoids, and the one it uses for the same thing. */
const GLOSSARY: Record<string, { avoid: RegExp; use: string; concept: string }[]> = {
  uk: [{ avoid: /матеріал/iu, use: 'стаття', concept: 'story' }],
  et: [{ avoid: /(?<!\p{L})(lugu|loo|lood|lool|loona|loost|looks|lukku|loos|lugusid|lugude)(?!\p{L})/iu, use: 'artikkel', concept: 'story' }],
  de: [{ avoid: /Fassung/u, use: 'Version', concept: 'version' }],
};

describe.each(Object.keys(GLOSSARY))('%s', (lang) => {
  const entries = flatten(JSON.parse(readFileSync(resolve(__dirname, `../../src/shared/locales/${lang}.json`), 'utf8')) as Tree);
  it.each(GLOSSARY[lang]!)('says $use for a $concept', ({ avoid, use }) => {
    expect(entries.filter(([, v]) => avoid.test(v)).map(([k, v]) => `${k}: ${v} (use “${use}”)`)).toEqual([]);
  });
});
