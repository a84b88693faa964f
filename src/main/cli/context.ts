// What every CLI command receives: parsed arguments, an open archive, output, and translation.
import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { Spans } from './terminal-text';

export interface CliIo {
  /** `once('drain')` when the stream has it (process.stdout), so big output waits for a slow pipe. */
  stdout: { write(chunk: string): unknown; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(chunk: string): unknown };
  env: NodeJS.ProcessEnv;
}

export interface CliContext {
  /** The command's name as typed (`show`), for messages about its arguments. */
  command: string;
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
  json: boolean;
  t: TFunction;
  /** Interface language of messages (BCP 47), for Intl formatting. */
  uiLang: string;
  /** Opens the archive on first use, so `--help` and usage errors never touch the database. */
  db(): Database;
  /** The archive's path (--db, DIPTYCH_DB or the app's), refused when there is none to read. */
  archivePath(): string;
  /** Prints a line of text; control characters in it show as signs (terminal-text.ts), and
   *  `bold` spans (offsets into `line`) are set in bold. */
  out(line: string, bold?: Spans): void;
  /** Writes `chunk` to standard output as it is (no newline added), waiting while the pipe is full:
   *  an export's data, byte for byte. */
  write(chunk: string): Promise<void>;
  /** Prints a message line on standard error, its control characters shown as `out` does. */
  err(line: string): void;
  printJson(value: unknown): void;
}

/** A failure the user can fix: printed as one line, exit code 1 (2 when `usage`). */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export interface CliCommand {
  /** Options this command accepts besides the global ones, for node:util parseArgs. */
  options?: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  /** True for commands that may create the archive (import); others need it to exist already. */
  createsArchive?: boolean;
  /** True when positionals are free text (a query): `-Macron` is a word to exclude, not an option. */
  freeText?: boolean;
  /** How many arguments it takes at most (a story id, a file): one more is refused, not ignored.
   *  Unset for commands taking any number (import's paths, search's words, export's ids). */
  maxArguments?: number;
  run(ctx: CliContext): void | Promise<void>;
}
