// A deterministic synthetic archive for benchmarks: N stories, each in two or three languages
// (en/uk/et, now and then de/pl/ru), news-shaped (5–25 paragraphs, news-like sentence lengths),
// with names shared across scripts, agencies, places, dates over several years, and translations
// that now and then merge or split paragraphs, with the gold alignment kept for benchmarks.
// Pure: story i depends only on (seed, i), so any slice of an archive can be regenerated alone.
import type { Provenance } from '../../src/shared/model';
import type { ParsedBlock, ParsedVersion } from '../../src/main/core/import/parsed';
import { mixSeed, Random } from './random';
import { CONCEPTS_TABLE, SYNTHETIC_LANGS, type SyntheticLang } from './synthetic-lexicon';
import { AGENCIES, formsOf, PEOPLE, PLACES, SECTION_HEADINGS } from './synthetic-names';
import {
  formatNumber,
  FUNCTION_WORD_RATE,
  FUNCTION_WORDS,
  QUOTES,
  VOCABULARY_SIZE,
  wordForms,
} from './synthetic-words';

export { SYNTHETIC_LANGS, type SyntheticLang } from './synthetic-lexicon';

export interface SyntheticVersion extends ParsedVersion {
  lang: SyntheticLang;
  original: boolean;
  provenance: Provenance;
  agency: string;
  place: string;
  publishedAt: string;
  url: string;
  groupKey: string;
  /** For each block, the blocks of the story's original version it renders: the gold alignment. */
  origin: number[][];
}

export interface SyntheticStory {
  /** Position in the archive, 0-based. */
  index: number;
  /** Unique per (seed, index); the versions' groupKey. */
  key: string;
  /** The original first. */
  versions: SyntheticVersion[];
}

export interface GenerateOptions {
  stories: number;
  seed?: number;
  /** Index of the first story (to generate a slice). */
  start?: number;
}

export const DEFAULT_SEED = 1;

/** The stories of a synthetic archive, one at a time (memory stays flat however many). */
export function* generateStories(options: GenerateOptions): Generator<SyntheticStory> {
  const seed = options.seed ?? DEFAULT_SEED;
  const start = options.start ?? 0;
  for (let i = start; i < start + options.stories; i++) yield generateStory(seed, i);
}

type Token =
  | { t: 'w'; rank: number }
  | { t: 'p'; person: number; full: boolean }
  | { t: 'l'; place: number }
  | { t: 'n'; value: number }
  | { t: 'y'; year: number };

interface SentencePlan {
  tokens: Token[];
  commas: number[];
  /** Token span [first, last] in quotation marks. */
  quote: [number, number] | null;
}

interface BodyPlan {
  kind: 'paragraph' | 'heading';
  sentences: SentencePlan[];
  heading: number;
  /** Original block indexes this block renders. */
  origin: number[];
}

interface StoryPlan {
  headline: SentencePlan;
  lead: SentencePlan;
  body: BodyPlan[];
  people: number[];
  places: number[];
  topics: number[];
  year: number;
}

const DATELINE_PLACES = PLACES.map((p, i) => (p.dateline ? i : -1)).filter((i) => i >= 0);
const FROM = Date.UTC(2019, 0, 1);
const UNTIL = Date.UTC(2026, 0, 1);
const EXTRA_LANGS: readonly SyntheticLang[] = ['de', 'pl', 'ru'];
const BASE_LANGS: readonly SyntheticLang[] = ['uk', 'en', 'et'];
/** How often each base language is the original. */
const ORIGINAL_WEIGHTS = [0.45, 0.3, 0.25];

export function generateStory(seed: number, index: number): SyntheticStory {
  const r = new Random(mixSeed(seed, index));
  const key = `syn-${seed}-${index}`;
  const published = FROM + Math.floor((r.next() * (UNTIL - FROM)) / 60_000) * 60_000;
  const plan = planStory(r, new Date(published).getUTCFullYear());
  const agency = r.pick(AGENCIES);
  const place = r.chance(0.8) ? plan.places[0]! : r.pick(DATELINE_PLACES);
  const langs = pickLanguages(r);
  const versions = langs.map((lang, v): SyntheticVersion => {
    const vr = new Random(mixSeed(seed, index, 1000 + SYNTHETIC_LANGS.indexOf(lang)));
    const original = v === 0;
    const body = original ? plan.body : reshapeBody(plan.body, vr);
    const apostrophe = lang === 'uk' ? vr.pick(['ʼ', 'ʼ', '’', '’', "'"]) : 'ʼ';
    const fix = (s: string): string => (apostrophe === 'ʼ' ? s : s.replaceAll('ʼ', apostrophe));
    const placeName = formsOf(PLACES[place]!.name, lang)[0]!;
    const agencyName = formsOf(agency.name, lang)[0]!;
    const headline = fix(renderSentence(plan.headline, lang, vr, 0.5, false));
    const blocks: ParsedBlock[] = [
      { kind: 'headline', text: headline },
      { kind: 'dateline', text: `${placeName} • ${agencyName}` },
      { kind: 'lead', text: fix(renderSentence(plan.lead, lang, vr, 1, true)) },
    ];
    const origin: number[][] = [[0], [1], [2]];
    for (const b of body) {
      const text =
        b.kind === 'heading'
          ? formsOf(SECTION_HEADINGS[b.heading]!, lang)[0]!
          : b.sentences.map((s) => renderSentence(s, lang, vr, 1, true)).join(' ');
      blocks.push({ kind: b.kind, text: fix(text) });
      origin.push(b.origin);
    }
    const delay = original ? 0 : vr.between(0, 36 * 60) * 60_000;
    return {
      lang,
      original,
      provenance: original ? 'official' : (['official', 'human', 'machine'] as const)[vr.weighted([0.7, 0.15, 0.15])]!,
      headline,
      blocks,
      agency: agencyName,
      place: placeName,
      publishedAt: new Date(published + delay).toISOString(),
      url: `https://${agency.domain}/${lang}/news/${seed}-${index}`,
      groupKey: key,
      origin,
    };
  });
  return { index, key, versions };
}

function pickLanguages(r: Random): SyntheticLang[] {
  const first = BASE_LANGS[r.weighted(ORIGINAL_WEIGHTS)]!;
  const rest = BASE_LANGS.filter((l) => l !== first);
  if (r.chance(0.5)) rest.reverse();
  const langs = [first, ...rest.slice(0, r.chance(0.5) ? 1 : 2)];
  // Now and then a translation in a language outside the usual three.
  if (r.chance(0.1)) langs[langs.length - 1] = r.pick(EXTRA_LANGS);
  return langs;
}

function planStory(r: Random, year: number): StoryPlan {
  const people = Array.from({ length: r.between(1, 3) }, () => r.int(PEOPLE.length));
  const places = [r.pick(DATELINE_PLACES), ...Array.from({ length: r.between(0, 2) }, () => r.int(PLACES.length))];
  // Words the story is about recur through it, as in real news.
  const topics = Array.from({ length: 8 }, () => 20 + r.zipf(VOCABULARY_SIZE - 20));
  const plan: StoryPlan = { headline: null!, lead: null!, body: [], people, places, topics, year };
  plan.headline = planSentence(r, plan, r.between(5, 10), false);
  plan.lead = planSentence(r, plan, r.between(13, 24), true);
  const paragraphs = 5 + Math.floor(21 * r.next() ** 1.6);
  const headingAt = new Set<number>();
  if (r.chance(0.35)) {
    for (let h = r.chance(0.7) ? 1 : 2; h > 0; h--) headingAt.add(r.between(2, paragraphs - 1));
  }
  for (let p = 0; p < paragraphs; p++) {
    if (headingAt.has(p)) {
      plan.body.push({ kind: 'heading', sentences: [], heading: r.int(SECTION_HEADINGS.length), origin: [] });
    }
    const count = 1 + r.weighted([0.32, 0.4, 0.2, 0.08]);
    const sentences = Array.from({ length: count }, () =>
      planSentence(r, plan, Math.round(Math.min(40, Math.max(4, r.logNormal(12, 0.45)))), true),
    );
    plan.body.push({ kind: 'paragraph', sentences, heading: 0, origin: [] });
  }
  plan.body.forEach((b, i) => (b.origin = [3 + i]));
  return plan;
}

function planSentence(r: Random, plan: StoryPlan, length: number, punctuated: boolean): SentencePlan {
  const tokens: Token[] = [];
  for (let i = 0; i < length; i++) {
    const x = r.next();
    if (x < 0.06) tokens.push({ t: 'p', person: r.pick(plan.people), full: r.chance(0.3) });
    else if (x < 0.1) tokens.push({ t: 'l', place: r.pick(plan.places) });
    else if (x < 0.13) tokens.push({ t: 'n', value: r.chance(0.5) ? r.between(2, 99) : Math.round(r.logNormal(800, 2)) });
    else if (x < 0.145) tokens.push({ t: 'y', year: plan.year - r.int(4) });
    else if (x < 0.28) tokens.push({ t: 'w', rank: r.pick(plan.topics) });
    // Common news words make most of the text; invented words the long tail.
    else if (r.chance(0.6)) tokens.push({ t: 'w', rank: r.zipf(CONCEPTS_TABLE.length) });
    else tokens.push({ t: 'w', rank: CONCEPTS_TABLE.length + r.zipf(VOCABULARY_SIZE - CONCEPTS_TABLE.length) });
  }
  const commas: number[] = [];
  let quote: [number, number] | null = null;
  if (punctuated) {
    for (let i = 2; i < length - 2; i++) if (r.chance(0.07)) commas.push(i);
    if (length >= 8 && r.chance(0.12)) {
      const first = r.between(2, length - 4);
      quote = [first, Math.min(length - 1, first + r.between(2, 7))];
    }
  }
  return { tokens, commas, quote };
}

/**
 * A translator's liberties: merge two paragraphs into one, or split one in two (the 2–1 and 1–2
 * cases an aligner must handle). A paragraph is reshaped at most once.
 */
function reshapeBody(body: readonly BodyPlan[], r: Random): BodyPlan[] {
  const out = body.map((b) => ({ ...b, touched: false }));
  if (!r.chance(0.3)) return out;
  const free = (b: (typeof out)[number] | undefined) => b?.kind === 'paragraph' && !b.touched;
  for (let ops = r.between(1, 2); ops > 0; ops--) {
    const i = r.int(out.length);
    const here = out[i]!;
    if (!free(here)) continue;
    if (r.chance(0.5) && free(out[i + 1])) {
      const next = out[i + 1]!;
      out.splice(i, 2, {
        ...here,
        sentences: [...here.sentences, ...next.sentences],
        origin: [...here.origin, ...next.origin],
        touched: true,
      });
    } else if (here.sentences.length >= 2) {
      const cut = r.between(1, here.sentences.length - 1);
      out.splice(
        i,
        1,
        { ...here, sentences: here.sentences.slice(0, cut), touched: true },
        { ...here, sentences: here.sentences.slice(cut), touched: true },
      );
    }
  }
  return out;
}

function renderToken(token: Token, lang: SyntheticLang, r: Random): string {
  switch (token.t) {
    case 'w': {
      const forms = wordForms(lang, token.rank);
      return r.chance(0.4) ? forms[0]! : r.pick(forms);
    }
    case 'p': {
      const p = PEOPLE[token.person]!;
      const family = formsOf(p.family, lang);
      return token.full ? `${formsOf(p.given, lang)[0]} ${family[0]}` : r.pick(family);
    }
    case 'l':
      return r.pick(formsOf(PLACES[token.place]!.name, lang));
    case 'n':
      return formatNumber(lang, token.value);
    case 'y':
      return String(token.year);
  }
}

function renderSentence(
  s: SentencePlan,
  lang: SyntheticLang,
  r: Random,
  functionWords: number,
  punctuated: boolean,
): string {
  const rate = FUNCTION_WORD_RATE[lang] * functionWords;
  const small = FUNCTION_WORDS[lang];
  const [open, close] = QUOTES[lang];
  const out: string[] = [];
  let comma = 0;
  s.tokens.forEach((token, i) => {
    if (i > 0 && r.chance(rate)) out.push(r.pick(small));
    let word = renderToken(token, lang, r);
    if (s.quote?.[0] === i) word = open + word;
    if (s.quote?.[1] === i) word += close;
    if (s.commas[comma] === i) {
      word += ',';
      comma++;
    }
    out.push(word);
  });
  const text = out.join(' ');
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return punctuated ? `${capitalised}.` : capitalised;
}

/** The story's versions as agency plain text (the importer's layout): one block a line. */
export function agencyText(version: Pick<ParsedVersion, 'blocks'>): string {
  return `${version.blocks.map((b) => b.text).join('\n')}\n`;
}

/**
 * The gold alignment between two versions of one story: groups of block indexes on each side
 * that render the same original blocks (1–1, 1–2, 2–1), in reading order.
 */
export function goldAlignment(a: SyntheticVersion, b: SyntheticVersion): { from: number[]; to: number[] }[] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const union = (xs: number[]): void => {
    for (const x of xs) if (!parent.has(x)) parent.set(x, x);
    for (const x of xs.slice(1)) parent.set(find(x), find(xs[0]!));
  };
  a.origin.forEach(union);
  b.origin.forEach(union);
  const groups = new Map<number, { from: number[]; to: number[] }>();
  const group = (o: number[]) => {
    const root = find(o[0]!);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { from: [], to: [] }));
    return g;
  };
  a.origin.forEach((o, i) => group(o).from.push(i));
  b.origin.forEach((o, i) => group(o).to.push(i));
  return [...groups.values()].sort((x, y) => x.from[0]! - y.from[0]!);
}
