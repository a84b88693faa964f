// Test and benchmark material for the aligner: the seed story's versions, and variants of a pair
// where paragraphs are merged, split, dropped or added on either side, each with its gold
// alignment. Shared by tests/align/*.test.ts and scripts/bench-align.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAgencyText } from '../../src/main/core/import/formats/agency-text';
import { splitSentences } from '../../src/main/core/align/sentences';
import { alignSpans, type AlignableBlock } from '../../src/main/core/align/paragraphs';
import { findMoved } from '../../src/main/core/align/moved';

export const SEED_DIR = join(import.meta.dirname, '../fixtures/seed');
export const SEED_LANGS = ['en', 'uk', 'et'] as const;
export type SeedLang = (typeof SEED_LANGS)[number];
export const SEED_PAIRS: readonly [SeedLang, SeedLang][] = [
  ['en', 'uk'],
  ['en', 'et'],
  ['uk', 'et'],
];

export function seedBlocks(lang: SeedLang): AlignableBlock[] {
  const text = readFileSync(join(SEED_DIR, `kallas-training.${lang}.txt`), 'utf8');
  return parseAgencyText(text).blocks;
}

/** Paragraphs an editor adds that translate nothing on the other side. */
const ADDED: Record<SeedLang, string[]> = {
  en: [
    'Read also: Zelensky met NATO Secretary General Mark Rutte in Brussels on 14 October to discuss air defence.',
    'This news is being updated.',
    'Earlier, UNN reported that the European Commission had proposed a new package of 18 billion euros for reconstruction, with the first tranche expected before the end of the year and the rest tied to reforms of the judiciary.',
    'Subscribe to our channel to follow the latest news.',
  ],
  uk: [
    'Читайте також: Зеленський зустрівся з генсеком НАТО Марком Рютте в Брюсселі 14 жовтня, щоб обговорити протиповітряну оборону.',
    'Новина доповнюється.',
    'Раніше УНН повідомляв, що Європейська комісія запропонувала новий пакет на 18 мільярдів євро на відбудову, перший транш очікують до кінця року, а решту привʼязано до судової реформи.',
    'Підписуйтеся на наш канал, щоб стежити за останніми новинами.',
  ],
  et: [
    'Loe ka: Zelenskõi kohtus 14. oktoobril Brüsselis NATO peasekretäri Mark Ruttega, et arutada õhutõrjet.',
    'Uudist täiendatakse.',
    'Varem teatas UNN, et Euroopa Komisjon pakkus ülesehituseks välja uue 18 miljardi euro suuruse paketi, mille esimest osa oodatakse enne aasta lõppu ja ülejäänut seotakse kohtureformiga.',
    'Telli meie kanal, et olla kursis viimaste uudistega.',
  ],
};

export const VARIANT_KINDS = [
  'merged-from', 'merged-to', 'split-from', 'split-to', 'dropped-from', 'dropped-to',
  'added-from', 'added-to', 'mixed',
] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

export interface GoldGroup {
  from: number[];
  to: number[];
}

export interface Variant {
  kind: VariantKind | 'seed';
  langFrom: SeedLang;
  langTo: SeedLang;
  /** Where the change was made, for messages. */
  label: string;
  from: AlignableBlock[];
  to: AlignableBlock[];
  gold: GoldGroup[];
}

/** A block with the seed lines it holds (none for an added paragraph). */
interface Tracked extends AlignableBlock {
  lines: number[];
}

type Side = 'from' | 'to';
type Op = { op: 'merge' | 'split' | 'drop' | 'add'; side: Side; at: number; filler?: number };

const isBody = (b: AlignableBlock): boolean => b.kind === 'lead' || b.kind === 'paragraph';

function track(blocks: AlignableBlock[]): Tracked[] {
  return blocks.map((b, i) => ({ ...b, lines: [i] }));
}

function apply(blocks: Tracked[], op: Op, lang: SeedLang): Tracked[] {
  const at = blocks.findIndex((b) => b.lines.includes(op.at));
  const out = [...blocks];
  if (op.op === 'add') {
    // Inserted before the block holding seed line `at`.
    const text = ADDED[lang][op.filler ?? 0]!;
    out.splice(at, 0, { kind: 'paragraph', text, lines: [] });
  } else if (op.op === 'drop') {
    out.splice(at, 1);
  } else if (op.op === 'merge') {
    const a = out[at]!;
    const b = out[at + 1]!;
    out.splice(at, 2, { kind: a.kind, text: `${a.text} ${b.text}`, lines: [...a.lines, ...b.lines] });
  } else {
    const b = out[at]!;
    const spans = splitSentences(b.text, lang);
    const cut = spans[Math.ceil(spans.length / 2)]!.start;
    out.splice(
      at,
      1,
      { kind: b.kind, text: b.text.slice(0, cut).trim(), lines: b.lines },
      { kind: 'paragraph', text: b.text.slice(cut).trim(), lines: b.lines },
    );
  }
  return out;
}

/** Gold groups: blocks that share a seed line belong together; the rest stand alone. */
function goldOf(from: Tracked[], to: Tracked[]): GoldGroup[] {
  const gold: GoldGroup[] = [];
  let i = 0;
  let j = 0;
  const shares = (x: Tracked, y: Tracked): boolean => x.lines.some((l) => y.lines.includes(l));
  while (i < from.length || j < to.length) {
    const a = from[i];
    const b = to[j];
    if (a && b && shares(a, b)) {
      const g: GoldGroup = { from: [i], to: [j] };
      i++;
      j++;
      // Grow while the next block on either side shares a line with the group's other side.
      for (let grew = true; grew; ) {
        grew = false;
        if (from[i] && g.to.some((t) => shares(from[i]!, to[t]!))) { g.from.push(i++); grew = true; }
        if (to[j] && g.from.some((f) => shares(from[f]!, to[j]!))) { g.to.push(j++); grew = true; }
      }
      gold.push(g);
    } else if (a && (!b || a.lines.length === 0 || !to.slice(j).some((y) => shares(a, y)))) {
      gold.push({ from: [i++], to: [] });
    } else {
      gold.push({ from: [], to: [j++] });
    }
  }
  return gold;
}

function build(kind: Variant['kind'], langFrom: SeedLang, langTo: SeedLang, ops: Op[]): Variant {
  let from = track(seedBlocks(langFrom));
  let to = track(seedBlocks(langTo));
  for (const op of ops) {
    if (op.side === 'from') from = apply(from, op, langFrom);
    else to = apply(to, op, langTo);
  }
  const strip = (xs: Tracked[]): AlignableBlock[] => xs.map(({ kind: k, text }) => ({ kind: k, text }));
  const label = ops.map((o) => `${o.op}-${o.side}@${o.at}`).join(',') || 'seed';
  return { kind, langFrom, langTo, label, from: strip(from), to: strip(to), gold: goldOf(from, to) };
}

/** Seed lines where an operation makes sense, judged on the unmodified story. */
function eligible(op: Op['op'], langs: SeedLang[]): number[] {
  const versions = langs.map(seedBlocks);
  const lines = versions[0]!.map((_, i) => i);
  return lines.filter((i) => {
    const here = versions.map((v) => v[i]!);
    if (op === 'add') return i >= 2;
    if (!here.every(isBody)) return false;
    if (op === 'merge') return versions.every((v) => v[i + 1] !== undefined && isBody(v[i + 1]!));
    if (op === 'split') return langs.every((l, k) => splitSentences(versions[k]![i]!.text, l).length >= 2);
    return true;
  });
}

/** A small deterministic generator (mulberry32), so variants are the same on every run. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every variant of one kind for one ordered language pair. */
export function variantsOf(kind: VariantKind, langFrom: SeedLang, langTo: SeedLang): Variant[] {
  if (kind === 'mixed') {
    const random = seededRandom(langFrom.charCodeAt(0) * 31 + langTo.charCodeAt(1));
    const kinds: Op['op'][] = ['merge', 'split', 'drop', 'add'];
    return Array.from({ length: 12 }, () =>
      build('mixed', langFrom, langTo, randomOps(random, [langFrom, langTo], () => kinds[Math.floor(random() * kinds.length)]!)),
    );
  }
  const [opName, side] = kind.split('-') as [string, Side];
  const op = ({ merged: 'merge', split: 'split', dropped: 'drop', added: 'add' } as const)[
    opName as 'merged' | 'split' | 'dropped' | 'added'
  ];
  return eligible(op, [langFrom, langTo]).flatMap((at) =>
    op === 'add'
      ? [0, 2].map((filler) => build(kind, langFrom, langTo, [{ op, side, at, filler }]))
      : [build(kind, langFrom, langTo, [{ op, side, at }])],
  );
}

/** Three changes at seed lines at least three apart, so each stays a group of its own; the
 *  k-th change is of kind `pick(k)`, on a side chosen at random. */
function randomOps(random: () => number, langs: SeedLang[], pick: (k: number) => Op['op']): Op[] {
  const used: number[] = [];
  const ops: Op[] = [];
  for (let tries = 0; ops.length < 3 && tries < 50; tries++) {
    const op = pick(ops.length);
    const side: Side = random() < 0.5 ? 'from' : 'to';
    const places = eligible(op, langs).filter((p) => used.every((u) => Math.abs(u - p) >= 3));
    if (places.length === 0) continue;
    const at = places[Math.floor(random() * places.length)]!;
    used.push(at);
    ops.push({ op, side, at, filler: Math.floor(random() * 4) });
  }
  return ops.sort((x, y) => y.at - x.at);
}

/** The "seed mixed variant": a merge, a drop and an insertion at once, each on a side
 *  and at a place chosen at random; `count` of them for one ordered pair. */
export function mergeDropAddVariants(langFrom: SeedLang, langTo: SeedLang, count = 12): Variant[] {
  const random = seededRandom(langFrom.charCodeAt(1) * 17 + langTo.charCodeAt(0) * 5 + 3);
  const kinds: Op['op'][] = ['merge', 'drop', 'add'];
  return Array.from({ length: count }, () => build('mixed', langFrom, langTo, randomOps(random, [langFrom, langTo], (k) => kinds[k]!)));
}

/** Both orientations of the three seed pairs. */
export function orientedPairs(): [SeedLang, SeedLang][] {
  return SEED_PAIRS.flatMap(([x, y]) => [[x, y], [y, x]] as [SeedLang, SeedLang][]);
}

export function seedVariant(langFrom: SeedLang, langTo: SeedLang): Variant {
  return build('seed', langFrom, langTo, []);
}

/** Precision, recall and F1 of predicted groups against gold, on exact group identity. */
export function scoreGroups(
  predicted: readonly GoldGroup[],
  gold: readonly GoldGroup[],
): { correct: number; predicted: number; gold: number } {
  const key = (g: GoldGroup): string => `${g.from.join(',')}|${g.to.join(',')}`;
  const goldKeys = new Set(gold.map(key));
  const correct = predicted.filter((g) => goldKeys.has(key(g))).length;
  return { correct, predicted: predicted.length, gold: gold.length };
}

/** A long pair for timing: the seed story repeated until it has about `paragraphs` blocks,
 *  with a merge, a split, a drop and an addition every few repetitions. */
export function longVariant(langFrom: SeedLang, langTo: SeedLang, paragraphs = 500): Variant {
  const from: AlignableBlock[] = [];
  const to: AlignableBlock[] = [];
  const gold: GoldGroup[] = [];
  const kinds: Op['op'][] = ['merge', 'split', 'drop', 'add'];
  for (let rep = 0; from.length < paragraphs; rep++) {
    const op = kinds[rep % kinds.length]!;
    const side: Side = rep % 2 === 0 ? 'to' : 'from';
    const places = eligible(op, [langFrom, langTo]);
    const v = build('mixed', langFrom, langTo, [{ op, side, at: places[rep % places.length]!, filler: rep % 4 }]);
    // Later repetitions carry no headline or dateline: they read as sections of one long text.
    const relabel = (b: AlignableBlock): AlignableBlock =>
      rep > 0 && (b.kind === 'headline' || b.kind === 'dateline') ? { ...b, kind: 'heading' } : b;
    const fa = from.length;
    const ta = to.length;
    from.push(...v.from.map(relabel));
    to.push(...v.to.map(relabel));
    gold.push(...v.gold.map((g) => ({ from: g.from.map((x) => x + fa), to: g.to.map((x) => x + ta) })));
  }
  return { kind: 'mixed', langFrom, langTo, label: `long-${from.length}`, from, to, gold };
}

export interface SentenceVariant {
  langFrom: SeedLang;
  langTo: SeedLang;
  block: number;
  from: string;
  to: string;
  /** Position in `from` of the first of the two sentences the translation merged. */
  mergedAt: number;
}

/**
 * Sentence-level variants: in a seed paragraph whose versions have as many sentences, the
 * translation's sentences k and k+1 are made one (a comma for the full stop), so the gold is
 * 1–1 everywhere except a 2–1 group at k.
 */
export function sentenceMergeVariants(): SentenceVariant[] {
  const out: SentenceVariant[] = [];
  for (const [x, y] of orientedPairs()) {
    const a = seedBlocks(x);
    const b = seedBlocks(y);
    a.forEach((blockA, i) => {
      const text = b[i]!.text;
      const sa = splitSentences(blockA.text, x);
      const sb = splitSentences(text, y);
      if (sb.length < 2 || sa.length !== sb.length) return;
      for (let k = 0; k + 1 < sb.length; k++) {
        const first = text.slice(sb[k]!.start, sb[k]!.end).replace(/[.!?…]+(["»“”’]*)$/u, '$1,');
        const second = text.slice(sb[k + 1]!.start, sb[k + 1]!.end);
        const merged = `${text.slice(0, sb[k]!.start)}${first} ${second.charAt(0).toLowerCase()}${second.slice(1)}${text.slice(sb[k + 1]!.end)}`;
        // Only where the merged text reads as one sentence fewer ("Pommitame... Venemaad" still
        // splits after its ellipsis): otherwise the gold would not be a 2–1 group.
        if (splitSentences(merged, y).length !== sb.length - 1) continue;
        out.push({ langFrom: x, langTo: y, block: i, from: blockA.text, to: merged, mergedAt: sa[k]!.start });
      }
    });
  }
  return out;
}

/** A paragraph of the translation moved three places up or down: the gold is that the aligner
 *  leaves both without a counterpart in their rows and links them as moved. */
export function movedVariants(): (Variant & { movedFrom: number; movedTo: number })[] {
  const out: (Variant & { movedFrom: number; movedTo: number })[] = [];
  for (const [x, y] of orientedPairs()) {
    const a = seedBlocks(x);
    const b = seedBlocks(y);
    for (let i = 3; i < b.length; i++) {
      for (const j of [i + 3, i - 3]) {
        if (j < 3 || j >= b.length || b[i]!.kind !== 'paragraph') continue;
        const to = [...b];
        const [moved] = to.splice(i, 1);
        to.splice(j, 0, moved!);
        out.push({ kind: 'mixed', langFrom: x, langTo: y, label: `moved ${i}→${j}`, from: a, to, gold: [], movedFrom: i, movedTo: j });
      }
    }
  }
  return out;
}

/**
 * How the aligner did on moved paragraphs: how many it left unpaired and linked to each other,
 * and how many links it made between other rows (wrong ones). Shared by tests and bench:align.
 */
export function scoreMovedLinks(variants: ReturnType<typeof movedVariants>): { linked: number; wrong: number } {
  let linked = 0;
  let wrong = 0;
  for (const v of variants) {
    const spans = alignSpans(v.from, v.to);
    const links = findMoved(v.from, v.to, spans);
    const ga = spans.findIndex((s) => s.a0 === v.movedFrom && s.a1 === v.movedFrom + 1 && s.b0 === s.b1);
    const gb = spans.findIndex((s) => s.b0 === v.movedTo && s.b1 === v.movedTo + 1 && s.a0 === s.a1);
    if (ga >= 0 && links.get(ga) === gb) linked++;
    // Links are kept both ways (p → q and q → p): count each pair once.
    wrong += [...links].filter(([p, q]) => !((p === ga && q === gb) || (p === gb && q === ga))).length / 2;
  }
  return { linked, wrong };
}
