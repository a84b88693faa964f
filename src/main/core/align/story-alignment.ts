// The alignment of a story's two versions as the reader sees it (in the direction asked for),
// and the reader's repairs: merge, split, link, reset — each undoable, each marked as the
// reader's own so that no later realignment touches it.
import type { Database } from 'better-sqlite3';
import { DiptychError } from '../../../shared/errors';
import type { AlignmentRepair, AlignedPair, SentencePair, StoryAlignment } from '../../../shared/api/align';
import type { Block, VersionMeta } from '../../../shared/model';
import { missingLanguage, pickPair } from '../stories/version-match';
import { getVersionBlocks, storyExists, versionsOfStories } from '../stories/repository';
import { findMoved } from './moved';
import { alignSpans, range, type Span } from './paragraphs';
import type { SentenceGroup } from './sentence-pairs';
import {
  ensureAlignment,
  fillSentences,
  orderPair,
  saveGroups,
  textsHash,
  type StoredAlignment,
  type StoredGroup,
  type VersionRef,
} from './store';

interface Resolved {
  alignment: StoredAlignment;
  /** The reader asked for b → a. */
  swapped: boolean;
}

/** The versions `from` and `to` name, matched as export matches them (`en` finds en-GB). */
function versionsFor(db: Database, storyId: number, from: string, to: string): [VersionRef, VersionRef] {
  const versions = versionsOfStories(db, [storyId]).get(storyId) ?? [];
  if (versions.length === 0 && !storyExists(db, storyId)) throw new DiptychError('notFound', { id: storyId });
  if (from.toLowerCase() === to.toLowerCase()) throw new DiptychError('invalidInput', { detail: 'from = to' });
  const pair = pickPair(versions, from, to);
  if (!pair) throw new DiptychError('noVersionInLanguage', { story: storyId, lang: missingLanguage(versions, from, to) });
  const ref = (v: VersionMeta): VersionRef => ({ id: v.id, storyId: v.storyId, lang: v.lang, contentHash: v.contentHash });
  return [ref(pair[0]), ref(pair[1])];
}

function resolve(db: Database, storyId: number, from: string, to: string): Resolved {
  const { a, b, swapped } = orderPair(...versionsFor(db, storyId, from, to));
  return { alignment: ensureAlignment(db, a, b), swapped };
}

function undoableCount(db: Database, alignmentId: number): number {
  return (
    db.prepare('SELECT COUNT(*) AS n FROM alignment_repairs WHERE alignment_id = ?').get(alignmentId) as {
      n: number;
    }
  ).n;
}

function view(db: Database, r: Resolved): StoryAlignment {
  const al = fillSentences(db, r.alignment);
  const flipSentences = (s: SentenceGroup): SentencePair =>
    r.swapped ? { from: s.to, to: s.from, confidence: s.confidence } : s;
  const pairs: AlignedPair[] = al.groups.map((g) => {
    const left = range(g.a0, g.a1);
    const right = range(g.b0, g.b1);
    return {
      from: r.swapped ? right : left,
      to: r.swapped ? left : right,
      confidence: g.confidence,
      byReader: g.byReader,
      sentences: (g.sentences ?? []).map(flipSentences),
    };
  });
  const moved = hasLeftovers(al.groups)
    ? findMoved(getVersionBlocks(db, al.a.id), getVersionBlocks(db, al.b.id), al.groups)
    : new Map<number, number>();
  moved.forEach((other, i) => {
    pairs[i]!.elsewhere = other;
  });
  const [from, to] = r.swapped ? [al.b, al.a] : [al.a, al.b];
  return {
    storyId: al.storyId,
    from: { versionId: from.id, lang: from.lang },
    to: { versionId: to.id, lang: to.lang },
    pairs,
    undoable: undoableCount(db, al.id),
    computedAt: al.computedAt,
  };
}

const hasLeftovers = (groups: readonly Span[]): boolean =>
  groups.some((g) => g.a1 === g.a0) && groups.some((g) => g.b1 === g.b0);

export function getStoryAlignment(db: Database, storyId: number, from: string, to: string): StoryAlignment {
  return view(db, resolve(db, storyId, from, to));
}

const impossible = (why: string): DiptychError => new DiptychError('repairNotPossible', {}, why);

/** The repair in stored orientation (side a = lower version id). */
function canonical(repair: AlignmentRepair, swapped: boolean): AlignmentRepair {
  if (!swapped || repair.op === 'merge') return repair;
  return { ...repair, from: repair.to, to: repair.from } as AlignmentRepair;
}

function readerGroup(a: Block[], b: Block[], s: Omit<Span, 'confidence' | 'byReader'>): StoredGroup {
  const span: Span = { ...s, confidence: 1, byReader: true };
  return { ...span, textsHash: textsHash(a, b, span), sentences: null };
}

function applyRepair(groups: StoredGroup[], repair: AlignmentRepair, a: Block[], b: Block[]): StoredGroup[] {
  if (repair.op === 'merge') {
    const g1 = groups[repair.pair];
    const g2 = groups[repair.pair + 1];
    if (!g1 || !g2) throw impossible('no pair to merge with');
    const merged = readerGroup(a, b, { a0: g1.a0, a1: g2.a1, b0: g1.b0, b1: g2.b1 });
    return [...groups.slice(0, repair.pair), merged, ...groups.slice(repair.pair + 2)];
  }
  if (repair.op === 'split') {
    const g = groups[repair.pair];
    if (!g) throw impossible('no such pair');
    const na = g.a1 - g.a0;
    const nb = g.b1 - g.b0;
    const { from: fa, to: fb } = repair;
    if (fa > na || fb > nb || fa + fb === 0 || na - fa + (nb - fb) === 0) throw impossible('split leaves an empty pair');
    const first = readerGroup(a, b, { a0: g.a0, a1: g.a0 + fa, b0: g.b0, b1: g.b0 + fb });
    const second = readerGroup(a, b, { a0: g.a0 + fa, a1: g.a1, b0: g.b0 + fb, b1: g.b1 });
    return [...groups.slice(0, repair.pair), first, second, ...groups.slice(repair.pair + 1)];
  }
  return applyLink(groups, repair.from, repair.to, a, b);
}

/** Pins block `fa` (of a) to block `fb` (of b), either possibly null, and realigns the rest
 *  around the pin and the reader's other groups. */
function applyLink(groups: StoredGroup[], fa: number | null, fb: number | null, a: Block[], b: Block[]): StoredGroup[] {
  if (fa === null && fb === null) throw impossible('a link needs a block');
  if ((fa !== null && fa >= a.length) || (fb !== null && fb >= b.length)) throw impossible('no such block');
  // Where the pin sits on a side it does not name: just before that block's current partners,
  // or after them when the block is not the first of its group.
  const place = (idx: number, side: 'a' | 'b'): number => {
    const g = groups.find((x) => (side === 'a' ? idx >= x.a0 && idx < x.a1 : idx >= x.b0 && idx < x.b1))!;
    const first = side === 'a' ? g.a0 === idx : g.b0 === idx;
    return side === 'a' ? (first ? g.b0 : g.b1) : first ? g.a0 : g.a1;
  };
  const a0 = fa ?? place(fb!, 'b');
  const a1 = fa === null ? a0 : fa + 1;
  const b0 = fb ?? place(fa!, 'a');
  const b1 = fb === null ? b0 : fb + 1;
  const pin = readerGroup(a, b, { a0, a1, b0, b1 });
  const kept = groups.filter(
    (g) => g.byReader && ((g.a1 <= a0 && g.b1 <= b0) || (g.a0 >= a1 && g.b0 >= b1)),
  );
  const fixed = [...kept, pin].sort((x, y) => x.a0 - y.a0 || x.b0 - y.b0);
  const byIdentity = new Set<Span>(fixed);
  return alignSpans(a, b, fixed).map((s) =>
    byIdentity.has(s) ? (s as StoredGroup) : { ...s, byReader: false, textsHash: null, sentences: null },
  );
}

/** The groups with the sentences of any group that covers the same blocks as before: only
 *  groups the repair made new are aligned again. */
function keepingSentences(next: StoredGroup[], before: readonly StoredGroup[]): StoredGroup[] {
  const key = (g: Span): string => `${g.a0}:${g.a1}:${g.b0}:${g.b1}`;
  const known = new Map(before.filter((g) => g.sentences !== null).map((g) => [key(g), g.sentences]));
  return next.map((g) => (g.sentences === null && known.has(key(g)) ? { ...g, sentences: known.get(key(g))! } : g));
}

/** Stores the repair's groups, and the groups before it (with their sentences) for undo. */
function record(db: Database, al: StoredAlignment, operation: unknown, next: StoredGroup[]): StoredGroup[] {
  db.prepare('INSERT INTO alignment_repairs (alignment_id, operation, before, created_at) VALUES (?, ?, ?, ?)').run(
    al.id,
    JSON.stringify(operation),
    JSON.stringify(al.groups),
    new Date().toISOString(),
  );
  const groups = keepingSentences(next, al.groups);
  saveGroups(db, al.id, groups);
  return groups;
}

export function repairStoryAlignment(
  db: Database,
  storyId: number,
  from: string,
  to: string,
  repair: AlignmentRepair,
): StoryAlignment {
  return db.transaction(() => {
    const r = resolve(db, storyId, from, to);
    const al = r.alignment;
    const blocksA = getVersionBlocks(db, al.a.id);
    const blocksB = getVersionBlocks(db, al.b.id);
    const next = record(db, al, repair, applyRepair(al.groups, canonical(repair, r.swapped), blocksA, blocksB));
    return view(db, { ...r, alignment: { ...al, groups: next } });
  })();
}

/** Realigns everything, the reader's groups included; undo brings them back. */
export function resetStoryAlignment(db: Database, storyId: number, from: string, to: string): StoryAlignment {
  return db.transaction(() => {
    const r = resolve(db, storyId, from, to);
    const al = r.alignment;
    const spans = alignSpans(getVersionBlocks(db, al.a.id), getVersionBlocks(db, al.b.id));
    const next = record(db, al, { op: 'reset' }, spans.map((s) => ({ ...s, textsHash: null, sentences: null })));
    return view(db, { ...r, alignment: { ...al, groups: next } });
  })();
}

export function undoStoryAlignmentRepair(db: Database, storyId: number, from: string, to: string): StoryAlignment {
  return db.transaction(() => {
    const r = resolve(db, storyId, from, to);
    const al = r.alignment;
    const last = db
      .prepare('SELECT id, before FROM alignment_repairs WHERE alignment_id = ? ORDER BY id DESC LIMIT 1')
      .get(al.id) as { id: number; before: string } | undefined;
    if (!last) throw new DiptychError('nothingToUndo');
    const groups = JSON.parse(last.before) as StoredGroup[];
    db.prepare('DELETE FROM alignment_repairs WHERE id = ?').run(last.id);
    saveGroups(db, al.id, groups);
    return view(db, { ...r, alignment: { ...al, groups } });
  })();
}
