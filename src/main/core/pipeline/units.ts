// What flows through the pipeline. A work item is what the reader hands the parse step (a file
// to read, bytes, one story of a large JSON file); a unit is what the writer stores atomically:
// a file's version, one story of a JSON file, one entry of a feed.
import type { ApiError } from '../../../shared/errors';
import type { ParsedVersion } from '../import/parsed';
import type { IndexDocument } from '../search/index-document';

export type WorkItem =
  /** A file the parse step reads itself (off the writer's thread). */
  | { kind: 'path'; name: string; size: number }
  /** Bytes in hand: a source given by the caller, or an entry of a zip. */
  | { kind: 'bytes'; name: string; bytes: Uint8Array; insideZip: boolean }
  /** One story of a large JSON file, split out by the reader (`index` counts from 0). */
  | { kind: 'json-story'; name: string; index: number; text: string };

/** The size of an item's input, which its parse's result grows with. */
export function inputBytes(item: WorkItem): number {
  if (item.kind === 'path') return item.size;
  return item.kind === 'bytes' ? item.bytes.length : item.text.length;
}

/** A version parsed, its language, group and identity found, and its index document made. */
export interface PreparedVersion {
  /** As reports name it: the file, or `file#N` for one of several in it. */
  file: string;
  parsed: ParsedVersion;
  lang: string;
  groupKey: string;
  hash: string;
  /** This file as a `translation_of` may name it (folder and NAME of NAME.LANG.ext). */
  selfKey: string;
  /** The file this one's `translation_of` names, in the same form. */
  ofKey: string | null;
  /** Its search document, until the writer has put it in the index. */
  doc: IndexDocument | null;
}

export interface Unit {
  /** The versions stored together: one, or every version of one JSON story. */
  versions: PreparedVersion[];
  /** All of them or none: a JSON story is refused whole (its first failure named once). */
  whole: boolean;
  /** Where a whole unit's failure is reported (`file#N`). */
  label: string;
  /** Its text's size, for commits by bytes. */
  bytes: number;
  /** False for versions that come from no file (the synthetic generator's): no source file stored. */
  fromFile?: false;
}

export interface Failure {
  file: string;
  error: ApiError;
}

/**
 * A stored unit made again, should its batch be lost: its file parsed again (what the file holds
 * now, or why it no longer gives that unit).
 */
export type RemakeUnit = () => Unit | Failure;

/** What parsing one work item gives, in order: units to store and failures to report. */
export type Parsed = ({ unit: Unit } | { failure: Failure })[];

/** The unit of `versions`, its size counted for commits by bytes. */
export function unitOf(versions: PreparedVersion[], whole: boolean, label: string): Unit {
  return { versions, whole, label, bytes: versions.reduce((n, v) => n + v.parsed.blocks.reduce((m, b) => m + b.text.length, 0), 0) };
}
