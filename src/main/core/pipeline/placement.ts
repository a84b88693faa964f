// Where a version belongs: already in the archive (the same content, or the same URL in the same
// language), or in which story (the import's --translation-of, its file-name group, a story id
// or URLs it declares, else a new story), and whether it is that story's original. What the
// import remembers between units (groups, stand-in originals) is journalled, so that a unit or a
// batch that is rolled back forgets it too.
import type { Database, Statement } from 'better-sqlite3';
import { closeness } from '../stories/version-match';
import { normalizeLangTag } from '../import/lang-tag';
import { normalizeUrl, VersionLinks, type DeclaredLinks } from '../import/version-links';
import { createStory, findVersionByHash, storyExists, storyHasOriginal, type StoryStatements } from '../stories/repository';
import type { StoreOptions } from './options';
import type { PreparedVersion } from './units';

/** Group keys remembered at most: enough for any folder's interleaving, bounded for 100k files. */
const GROUP_MEMORY = 20_000;

export type Placement =
  | { duplicate: { story: number; by: 'content' | 'url' } }
  | { storyId: number; created: boolean; original: boolean; links: DeclaredLinks; declaresTranslation: boolean };

/** Changes to what the import remembers, undone in reverse when their writes are rolled back. */
export class Journal {
  private undo: (() => void)[] = [];

  record(undo: () => void): void {
    this.undo.push(undo);
  }

  mark(): number {
    return this.undo.length;
  }

  rollBackTo(mark: number): void {
    while (this.undo.length > mark) this.undo.pop()!();
  }

  /** What was recorded is committed: nothing to undo any more. */
  clear(): void {
    this.undo = [];
  }
}

interface OriginalRow {
  id: number;
  lang: string;
  declares: number;
}

export class Placer {
  private readonly storyOfGroup = new Map<string, number>();
  /** Versions made original only because their story had none yet (they declare a translation). */
  private readonly standIns = new Set<number>();
  /** Per story with a stand-in: what its versions declared they translate (file keys, URLs). */
  private readonly declaredTargets = new Map<number, Set<string>>();
  private readonly declaredBy: Statement;
  /** A story's original: its id, language, and whether it declares itself a translation. */
  private readonly originalOf: Statement;

  constructor(
    private readonly db: Database,
    private readonly stories: StoryStatements,
    private readonly links: VersionLinks,
    private readonly options: StoreOptions,
    readonly journal: Journal,
  ) {
    this.declaredBy = db.prepare(
      `SELECT 1 FROM version_links l JOIN versions v ON v.id = l.version_id
       WHERE v.story_id = ? AND l.rel = 'translationOf' AND l.url = ? LIMIT 1`,
    );
    this.originalOf = db.prepare(
      `SELECT v.id AS id, v.lang AS lang, EXISTS (SELECT 1 FROM version_links l WHERE l.version_id = v.id AND l.rel = 'translationOf') AS declares
       FROM versions v WHERE v.story_id = ? AND v.is_original = 1`,
    );
  }

  /** Finds where `p` goes, creating its story when it starts one. */
  place(p: PreparedVersion): Placement {
    const sameContent = findVersionByHash(this.stories, p.hash);
    const sameUrl = sameContent ? undefined : this.links.versionAtUrl(p.parsed.url, p.lang);
    if (sameContent || sameUrl) {
      const story = sameContent?.storyId ?? sameUrl!.story;
      if (!this.storyOfGroup.has(p.groupKey)) this.remember(p.groupKey, story);
      return { duplicate: { story, by: sameContent ? 'content' : 'url' } };
    }
    const links: DeclaredLinks = {
      self: p.parsed.url,
      alternates: p.parsed.alternates ?? [],
      translationOf: p.parsed.translationOf && normalizeUrl(p.parsed.translationOf) ? p.parsed.translationOf : null,
    };
    const declaredStory = /^\d+$/u.test(p.parsed.translationOf?.trim() ?? '') ? Number(p.parsed.translationOf) : undefined;
    const found =
      this.options.translationOf ??
      this.storyOfGroup.get(p.groupKey) ??
      (declaredStory !== undefined && storyExists(this.db, declaredStory) ? declaredStory : undefined) ??
      this.links.storyByLinks(links);
    const storyId = found ?? createStory(this.stories, p.groupKey);
    const declaresTranslation = !!p.parsed.translationOf || p.parsed.original === false;
    const hasOriginal = found !== undefined && storyHasOriginal(this.stories, storyId);
    const { originalLang } = this.options;
    // Every story has an original. With --original, the version closest to the tag named is it; a
    // version that declares itself a translation stands in while its story has none (translation_of
    // naming a story or URL that is not here, or not yet), and the version it names takes over on
    // arrival.
    const original =
      originalLang !== undefined
        ? !hasOriginal || this.closerToOriginal(storyId, p.lang, originalLang)
        : p.parsed.original === true ||
          !hasOriginal ||
          (!declaresTranslation && this.isDeclaredTarget(storyId, p) && this.originalIsStandIn(storyId));
    return { storyId, created: found === undefined, original, links, declaresTranslation };
  }

  /** With --original: whether `lang` is closer to the tag named than the story's original is (by
   *  export's measure, so `--original uk-UA` finds a file in uk) and so takes its place. */
  private closerToOriginal(storyId: number, lang: string, named: string): boolean {
    const asked = normalizeLangTag(named) ?? named;
    const current = (this.originalOf.get(storyId) as OriginalRow | undefined)?.lang;
    return closeness(lang, asked) > (current === undefined ? 0 : closeness(current, asked));
  }

  /** After `p` was stored as `versionId` where `place` said. */
  stored(p: PreparedVersion, versionId: number, at: Extract<Placement, { storyId: number }>): void {
    if (at.original && at.declaresTranslation && this.options.originalLang === undefined) {
      this.standIns.add(versionId);
      this.journal.record(() => this.standIns.delete(versionId));
      this.declareTarget(at.storyId, p);
    } else if (at.declaresTranslation && this.declaredTargets.has(at.storyId)) {
      this.declareTarget(at.storyId, p);
    }
    this.remember(p.groupKey, at.storyId);
  }

  private declareTarget(storyId: number, p: PreparedVersion): void {
    let targets = this.declaredTargets.get(storyId);
    if (!targets) {
      this.declaredTargets.set(storyId, (targets = new Set()));
      this.journal.record(() => this.declaredTargets.delete(storyId));
    }
    const add = (key: string): void => {
      if (targets.has(key)) return;
      targets.add(key);
      this.journal.record(() => targets.delete(key));
    };
    if (p.ofKey) add(`file:${p.ofKey}`);
    const url = p.parsed.translationOf ? normalizeUrl(p.parsed.translationOf) : null;
    if (url) add(`url:${url}`);
  }

  /** Whether a version of the story declared that it translates this one (by file or URL). */
  private isDeclaredTarget(storyId: number, p: PreparedVersion): boolean {
    const targets = this.declaredTargets.get(storyId);
    const url = p.parsed.url ? normalizeUrl(p.parsed.url) : null;
    if (targets && (targets.has(`file:${p.selfKey}`) || (url && targets.has(`url:${url}`)))) return true;
    return url !== null && this.declaredBy.get(storyId, url) !== undefined;
  }

  /** The story's original only stands in: it declares itself a translation of another version. */
  private originalIsStandIn(storyId: number): boolean {
    const row = this.originalOf.get(storyId) as OriginalRow | undefined;
    return !!row && (this.standIns.has(row.id) || row.declares === 1);
  }

  private remember(groupKey: string, storyId: number): void {
    const before = this.storyOfGroup.get(groupKey);
    let evicted: [string, number] | undefined;
    if (before === undefined && this.storyOfGroup.size >= GROUP_MEMORY) {
      const oldest = this.storyOfGroup.entries().next().value;
      if (oldest) {
        evicted = oldest;
        this.storyOfGroup.delete(oldest[0]);
      }
    }
    this.storyOfGroup.set(groupKey, storyId);
    this.journal.record(() => {
      if (before === undefined) this.storyOfGroup.delete(groupKey);
      else this.storyOfGroup.set(groupKey, before);
      if (evicted) this.storyOfGroup.set(evicted[0], evicted[1]);
    });
  }
}
