// The analyze step: for each parsed version, its language (override, file name, declaration,
// detection), the group it joins (file name, translation_of, the JSON story), its content hash,
// and its search index document. Pure: it runs on the parse workers.
import { DiptychError } from '../../../shared/errors';
import { parseFileName, storyKeyOfName } from '../import/file-name';
import { normalizeLangTag } from '../import/lang-tag';
import { scriptsOfLanguage, shareInScripts } from '../import/language-script';
import type { ParsedVersion } from '../import/parsed';
import { normalizeUrl } from '../import/version-links';
import type { WordAnalyzer } from '../search/analyze';
import { indexDocument } from '../search/index-document';
import { contentHash } from '../stories/content-hash';
import type { PreparedVersion } from './units';

/** The language of a text, for versions that declare none; loaded only when first needed. */
export type LanguageDetector = (text: string) => string | null;

/** A version needs its language detected and no detector is loaded yet: load it and try again. */
export class DetectorNeeded extends Error {}

export interface PrepareContext {
  /** `--lang`: the language of every version, already checked. */
  override: string | null;
  analyzer: WordAnalyzer;
  detect: LanguageDetector | null;
  /** Language tags as files declare them, normalized, with their scripts: a feed's hundred entries
   *  declare the same few, and ICU takes tens of microseconds for each. */
  readonly tags: Map<string, DeclaredTag>;
}

interface DeclaredTag {
  tag: string | null;
  scripts: string[] | null;
}

/** The context of one import's (or one parse worker's) preparing. */
export function prepareContext(override: string | null, analyzer: WordAnalyzer, detect: LanguageDetector | null): PrepareContext {
  return { override, analyzer, detect, tags: new Map() };
}

/** Enough for every language a real import declares; a file declaring thousands only costs ICU again. */
const TAGS_REMEMBERED = 256;

function declaredTag(ctx: PrepareContext, declared: string): DeclaredTag {
  let known = ctx.tags.get(declared);
  if (!known) {
    const tag = normalizeLangTag(declared);
    known = { tag, scripts: tag ? scriptsOfLanguage(tag) : null };
    if (ctx.tags.size >= TAGS_REMEMBERED) ctx.tags.clear();
    ctx.tags.set(declared, known);
  }
  return known;
}

/** Control characters no article means (C0 but tab and line ends, DEL, C1): a terminal or a
 *  spreadsheet would act on them. Vertical tab and form feed separate words, so they become spaces. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]+|[\u000b\u000c]+/gu;

function withoutControls(s: string): string {
  return CONTROL.test(s) ? s.replace(CONTROLS, (m) => (m[0] === '\u000b' || m[0] === '\u000c' ? ' ' : '')) : s;
}

/**
 * Text is stored composed (NFC): the same letters as written, in one canonical form, so that a
 * file saved decomposed (as macOS may) searches, highlights and aligns like any other. Control
 * characters are left out (BEL, ESC, NUL from a damaged file), as a browser does not show them.
 */
function composed(parsed: ParsedVersion): ParsedVersion {
  const nfc = (s: string): string => withoutControls(s).normalize('NFC');
  const headline = nfc(parsed.headline);
  // A headline of nothing but control characters: no story to store (its first block is gone too).
  if (headline.trim() === '') throw new DiptychError('notAStory', { reason: 'empty' });
  return {
    ...parsed,
    headline,
    agency: parsed.agency === null ? null : nfc(parsed.agency),
    place: parsed.place === null ? null : nfc(parsed.place),
    blocks: parsed.blocks.map((b) => ({ kind: b.kind, text: nfc(b.text) })).filter((b) => b.text !== ''),
  };
}

/** Language, group, identity and index document of each parsed version of one file. */
export function prepareVersions(
  file: string,
  parsedVersions: readonly ParsedVersion[],
  ctx: PrepareContext,
  itemLabel = parsedVersions.length > 1,
): PreparedVersion[] {
  const { override, analyzer } = ctx;
  const name = parseFileName(file);
  const ownKey = storyKeyOfName(file);
  const dir = file.slice(0, Math.max(0, file.length - (file.split(/[\\/]/u).pop() ?? '').length));
  return parsedVersions.map((raw, i) => {
    const parsed = composed(raw);
    const declared = parsed.lang ? declaredTag(ctx, parsed.lang).tag : null;
    const lang = override ?? name.lang ?? declared ?? containerLanguage(ctx, parsed) ?? detect(ctx, parsed);
    if (!lang) throw new DiptychError('unknownLanguage', { lang: '?' });
    // translation_of naming another file (not a URL, not a story id) joins that file's group.
    const of = parsed.translationOf?.trim();
    const ofName = of && !normalizeUrl(of) && !/^\d+$/u.test(of) ? storyKeyOfName(of) : null;
    const groupKey = parsed.groupKey
      ? `${file}#${parsed.groupKey}`
      : ofName
        ? `${dir}${ofName}`
        : parsedVersions.length > 1
          ? `${file}#${i}`
          : `${dir}${ownKey}`;
    return {
      file: itemLabel ? `${file}#${i + 1}` : file,
      parsed,
      lang,
      groupKey,
      hash: contentHash(parsed.blocks),
      selfKey: `${dir}${ownKey}`,
      ofKey: ofName ? `${dir}${ofName}` : null,
      doc: indexDocument(parsed.blocks, parsed, analyzer.forLanguage(lang)),
    };
  });
}

/** Letters enough to tell a script by: the headline and the first paragraphs. */
const SCRIPT_SAMPLE = 600;

/**
 * The language a feed's channel declares for its items, unless fewer than a third of the item's
 * letters are in that language's script: then the text, plainly another language, is detected.
 */
function containerLanguage(ctx: PrepareContext, parsed: ParsedVersion): string | null {
  const { tag, scripts } = parsed.containerLang ? declaredTag(ctx, parsed.containerLang) : { tag: null, scripts: null };
  if (!tag) return null;
  let sample = '';
  for (const b of parsed.blocks) if ((sample += `${b.text}\n`).length >= SCRIPT_SAMPLE) break;
  if (!scripts || shareInScripts(sample.slice(0, SCRIPT_SAMPLE), scripts) >= 1 / 3) return tag;
  return detect(ctx, parsed) ?? tag;
}

function detect(ctx: PrepareContext, parsed: ParsedVersion): string | null {
  if (!ctx.detect) throw new DetectorNeeded();
  return ctx.detect(parsed.blocks.map((b) => b.text).join('\n'));
}
