// The archive's lexicon for each language pair (tables of migration 9): it grows from the
// confident sentence pairs of every alignment as its sentences are computed and stored
// (`growLexicon`, called by store.ts's fillSentences — never by storing a version), it is read
// for the stems of one document at a time (`readLexicon`), and its version rises each time the
// pairs it learned from have doubled, so that stored sentence pairs are redone when it has
// improved enough. Its size stays bounded: singletons not seen again are forgotten first.
import type { Database } from 'better-sqlite3';
import { primaryLanguage } from '../search/stemmers';
import { associate, type AssociationOptions, type Cooccurrence, type Lexicon } from './lexicon';
import type { SentenceEvidence } from './sentence-pairs';
import { DEFAULT_SHAPES, type ShapePriors } from './sequence-aligner';

/** The pair as stored: primary subtags in order, and whether the caller's sides are swapped. */
interface PairKey {
  langA: string;
  langB: string;
  swapped: boolean;
}

function pairKey(langA: string, langB: string): PairKey | null {
  const x = primaryLanguage(langA);
  const y = primaryLanguage(langB);
  if (x === y) return null;
  return x < y ? { langA: x, langB: y, swapped: false } : { langA: y, langB: x, swapped: true };
}

interface LexiconRow {
  id: number;
  pairs: number;
  version: number;
  version_pairs: number;
  shapes: string;
}

function lexiconRow(db: Database, key: PairKey): LexiconRow | undefined {
  return db
    .prepare('SELECT id, pairs, version, version_pairs, shapes FROM align_lexicons WHERE lang_a = ? AND lang_b = ?')
    .get(key.langA, key.langB) as LexiconRow | undefined;
}

/** The lexicon version for a pair of languages (0 while nothing has been learned). */
export function lexiconVersion(db: Database, langA: string, langB: string): number {
  const key = pairKey(langA, langB);
  return key ? (lexiconRow(db, key)?.version ?? 0) : 0;
}

/** Links the archive supports: in two pairs at least, more often together than chance (G² ≥ 6,
 *  p < 0.015) and mostly together (Dice ≥ 0.3). */
export const ARCHIVE_ASSOCIATION: AssociationOptions = { minBoth: 2, minLlr: 6, minDice: 0.3 };

export interface ArchiveLexicon {
  lexicon: Lexicon;
  /** Shape priors with the null steps (a sentence without translation) learned for the pair. */
  shapes: ShapePriors;
  version: number;
}

/** The archive's links among the given stems (side a of the caller first), with its shapes. */
export function readLexicon(
  db: Database,
  langA: string,
  langB: string,
  stemsA: ReadonlySet<string>,
  stemsB: ReadonlySet<string>,
): ArchiveLexicon {
  const key = pairKey(langA, langB);
  const row = key ? lexiconRow(db, key) : undefined;
  if (!key || !row || row.pairs === 0) return { lexicon: new Map(), shapes: DEFAULT_SHAPES, version: row?.version ?? 0 };
  const [mine, theirs] = key.swapped ? [stemsB, stemsA] : [stemsA, stemsB];
  const counts: Cooccurrence = { pairs: row.pairs, a: new Map(), b: new Map(), ab: new Map() };
  const stems = db.prepare(
    `SELECT side, stem, pairs FROM align_lexicon_stems
     WHERE lexicon_id = ? AND side = ? AND stem IN (SELECT value FROM json_each(?))`,
  );
  for (const [side, set, into] of [
    [0, mine, counts.a],
    [1, theirs, counts.b],
  ] as const) {
    for (const r of stems.all(row.id, side, JSON.stringify([...set])) as { stem: string; pairs: number }[]) {
      into.set(r.stem, r.pairs);
    }
  }
  // One range of the primary key per stem of side a; side b is filtered here (a second IN
  // would make SQLite probe every pair of stems).
  const links = db
    .prepare(
      `SELECT stem_a, stem_b, pairs FROM align_lexicon_links
       WHERE lexicon_id = ? AND stem_a IN (SELECT value FROM json_each(?)) AND pairs >= ?`,
    )
    .all(row.id, JSON.stringify([...counts.a.keys()]), ARCHIVE_ASSOCIATION.minBoth) as {
    stem_a: string;
    stem_b: string;
    pairs: number;
  }[];
  for (const l of links) {
    if (!counts.b.has(l.stem_b)) continue;
    const r = counts.ab.get(l.stem_a) ?? new Map<string, number>();
    r.set(l.stem_b, l.pairs);
    counts.ab.set(l.stem_a, r);
  }
  const stored = associate(counts, ARCHIVE_ASSOCIATION);
  return {
    lexicon: key.swapped ? flipped(stored) : stored,
    shapes: learnedShapes(JSON.parse(row.shapes) as Record<string, number>, key.swapped),
    version: row.version,
  };
}

function flipped(lexicon: Lexicon): Lexicon {
  const out: Lexicon = new Map();
  lexicon.forEach((row, a) =>
    row.forEach((s, b) => {
      const r = out.get(b) ?? new Map();
      r.set(a, { ...s, ab: s.ba, ba: s.ab });
      out.set(b, r);
    }),
  );
  return out;
}

const flipShape = (shape: string): string => shape.split('-').reverse().join('-');

/** Pseudo-groups the default priors weigh against the archive's counts. */
const SHAPE_PRIOR_GROUPS = 200;

/**
 * The default priors with the null steps moved to the archive's rates for the pair. Only the
 * nulls are learned: the priors of merges also correct the length model's leaning towards
 * longer groups, which counted rates would undo.
 */
export function learnedShapes(counts: Record<string, number>, swapped: boolean): ShapePriors {
  const total = Object.values(counts).reduce((s, x) => s + x, 0);
  const out: Record<string, number> = { ...DEFAULT_SHAPES };
  for (const shape of ['1-0', '0-1']) {
    const seen = counts[swapped ? flipShape(shape) : shape] ?? 0;
    out[shape] = (DEFAULT_SHAPES[shape]! * SHAPE_PRIOR_GROUPS + seen) / (SHAPE_PRIOR_GROUPS + total);
  }
  return out;
}

/** A stem in more than this share of pairs links to everything (a function word): its links
 *  are not counted across the archive, only within each document. */
const COMMON_SHARE = 0.1;
/** Per pair, links are counted among at most this many of the rarest stems a side. */
const STEMS_PER_PAIR = 12;
/** Bounds per language pair: a few megabytes. */
export const LEXICON_BOUNDS = { links: 80_000, stems: 30_000 };
/** The bounds are checked each time this many more pairs have been counted. */
const TRIM_EVERY = 250;
/** The version rises when the pairs learned from have doubled since the last, from this many. */
const FIRST_VERSION_PAIRS = 200;

/**
 * Counts a document's confident sentence pairs and shapes into the archive's lexicon for the
 * pair (side a of `evidence` in `langA`). Returns the lexicon version after it.
 */
export function growLexicon(
  db: Database,
  langA: string,
  langB: string,
  evidence: SentenceEvidence,
  bounds = LEXICON_BOUNDS,
): number {
  const key = pairKey(langA, langB);
  if (!key) return 0;
  db.prepare('INSERT OR IGNORE INTO align_lexicons (lang_a, lang_b) VALUES (?, ?)').run(key.langA, key.langB);
  const row = lexiconRow(db, key)!;
  const oriented = evidence.pairs.map(({ a, b }): [Set<string>, Set<string>] =>
    key.swapped ? [new Set(b), new Set(a)] : [new Set(a), new Set(b)],
  );
  // How many pairs hold each stem so far, read once for the whole document and kept up here.
  const known = [0, 1].map((side) => {
    const stems = new Set(oriented.flatMap((p) => [...p[side as 0 | 1]]));
    const rows = db
      .prepare('SELECT stem, pairs FROM align_lexicon_stems WHERE lexicon_id = ? AND side = ? AND stem IN (SELECT value FROM json_each(?))')
      .all(row.id, side, JSON.stringify([...stems])) as { stem: string; pairs: number }[];
    return new Map(rows.map((r) => [r.stem, r.pairs]));
  });
  const addStem = db.prepare(
    `INSERT INTO align_lexicon_stems (lexicon_id, side, stem, pairs, seen) VALUES (?, ?, ?, 1, ?)
     ON CONFLICT DO UPDATE SET pairs = pairs + 1, seen = excluded.seen`,
  );
  const addLink = db.prepare(
    `INSERT INTO align_lexicon_links (lexicon_id, stem_a, stem_b, pairs, seen) VALUES (?, ?, ?, 1, ?)
     ON CONFLICT DO UPDATE SET pairs = pairs + 1, seen = excluded.seen`,
  );
  let pairs = row.pairs;
  for (const [sa, sb] of oriented) {
    pairs++;
    const informative = (side: 0 | 1, set: ReadonlySet<string>): string[] =>
      [...set]
        .map((stem) => ({ stem, n: known[side]!.get(stem) ?? 0 }))
        .filter((s) => pairs < FIRST_VERSION_PAIRS || s.n <= COMMON_SHARE * pairs)
        .sort((p, q) => p.n - q.n)
        .slice(0, STEMS_PER_PAIR)
        .map((s) => s.stem);
    const ia = informative(0, sa);
    const ib = informative(1, sb);
    const count = (side: 0 | 1, set: ReadonlySet<string>): void =>
      set.forEach((s) => {
        addStem.run(row.id, side, s, pairs);
        known[side]!.set(s, (known[side]!.get(s) ?? 0) + 1);
      });
    count(0, sa);
    count(1, sb);
    for (const a of ia) for (const b of ib) addLink.run(row.id, a, b, pairs);
  }
  const shapes = JSON.parse(row.shapes) as Record<string, number>;
  for (const [shape, n] of Object.entries(evidence.shapes)) {
    const stored = key.swapped ? flipShape(shape) : shape;
    shapes[stored] = (shapes[stored] ?? 0) + n;
  }
  const bump = pairs >= Math.max(FIRST_VERSION_PAIRS, 2 * row.version_pairs) && row.pairs < pairs;
  db.prepare('UPDATE align_lexicons SET pairs = ?, shapes = ?, version = ?, version_pairs = ? WHERE id = ?').run(
    pairs,
    JSON.stringify(shapes),
    bump ? row.version + 1 : row.version,
    bump ? pairs : row.version_pairs,
    row.id,
  );
  if (Math.floor(pairs / TRIM_EVERY) > Math.floor(row.pairs / TRIM_EVERY)) trimToBounds(db, row.id, bounds);
  return bump ? row.version + 1 : row.version;
}

/** Keeps the tables under their bounds: entries seen once go first, the longest unseen first,
 *  then those seen twice…, down to four fifths of the bound. */
function trimToBounds(db: Database, lexiconId: number, bounds: typeof LEXICON_BOUNDS): void {
  const trim = (table: string, key: string, max: number): void => {
    const count = db.prepare(`SELECT COUNT(*) FROM ${table} WHERE lexicon_id = ?`).pluck();
    for (let rare = 1; (count.get(lexiconId) as number) > max; rare++) {
      const excess = (count.get(lexiconId) as number) - Math.floor(max * 0.8);
      db.prepare(
        `DELETE FROM ${table} WHERE (lexicon_id, ${key}) IN
           (SELECT lexicon_id, ${key} FROM ${table} WHERE lexicon_id = ? AND pairs <= ? ORDER BY seen LIMIT ?)`,
      ).run(lexiconId, rare, excess);
    }
  };
  trim('align_lexicon_links', 'stem_a, stem_b', bounds.links);
  trim('align_lexicon_stems', 'side, stem', bounds.stems);
}
