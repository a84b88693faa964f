// What a file's name says: `NAME.LANG.ext` names one language version of story NAME.
import { normalizeLangTag } from './lang-tag';

export interface NameParts {
  /** The story's grouping key: the name without language tag and extension. */
  stem: string;
  lang: string | null;
}

const KNOWN_LANG_SUBTAGS = new Set(
  ('af ar az be bg bn bs ca cs cy da de el en eo es et eu fa fi fr ga gl he hi hr hu hy id is it ' +
    'ja ka kk ko ky lt lv mk mn ms mt nb nl nn no pl pt ro ru sk sl sq sr sv sw ta th tk tr uk ur ' +
    'uz vi zh crh rue').split(' '),
);

export function parseFileName(path: string): NameParts {
  const base = path.split(/[\\/]/u).pop() ?? path;
  const withoutExt = base.replace(/\.[^.]+$/u, '');
  const m = /^(?<stem>.+)\.(?<lang>[A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?)$/u.exec(withoutExt);
  const primary = m?.groups?.lang?.split(/[-_]/u)[0]?.toLowerCase();
  if (m?.groups && primary && KNOWN_LANG_SUBTAGS.has(primary)) {
    const lang = normalizeLangTag(m.groups.lang!);
    if (lang) return { stem: m.groups.stem!, lang };
  }
  return { stem: withoutExt, lang: null };
}

/**
 * What versions of one story share in their file names: NAME of `NAME.LANG.ext`. A name that
 * says no language groups with nothing but itself, extension and all — `report.html` and
 * `report.txt` beside it are two saved articles, not two versions of one.
 */
export function storyKeyOfName(path: string): string {
  const name = parseFileName(path);
  return name.lang ? name.stem : (path.split(/[\\/]/u).pop() ?? path);
}
