// The `diptych` command line: parses arguments, opens the archive, runs one command.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from 'better-sqlite3';
import packageJson from '../../../package.json';
import { DiptychError, toApiError } from '../../shared/errors';
import { createI18n } from '../../shared/i18n/create';
import { UI_LANGUAGES, uiLanguageOf } from '../../shared/i18n/resources';
import { backupDirFor } from '../core/db/backup';
import { closeArchive, openArchive } from '../core/db/open';
import { defaultArchivePath } from '../core/paths';
import { CliFailure, type CliCommand, type CliContext, type CliIo } from './context';
import { translateParseArgsError } from './parse-args-error';
import { terminalLine } from './terminal-text';
import { translateError } from './translate-error';
import { cliUiLanguage } from './ui-language';

/** Each command is loaded when it runs: `show` need not pay for the language detector. */
export const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  import: async () => (await import('./commands/import')).importCommand,
  list: async () => (await import('./commands/list')).listCommand,
  show: async () => (await import('./commands/show')).showCommand,
  stats: async () => (await import('./commands/stats')).statsCommand,
  search: async () => (await import('./commands/search')).searchCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  delete: async () => (await import('./commands/delete')).deleteCommand,
  align: async () => (await import('./commands/align')).alignCommand,
  index: async () => (await import('./commands/index')).indexCommand,
  check: async () => (await import('./commands/check')).checkCommand,
  backup: async () => (await import('./commands/backup')).backupCommand,
  restore: async () => (await import('./commands/restore')).restoreCommand,
  recover: async () => (await import('./commands/recover')).recoverCommand,
};

const GLOBAL_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  'ui-lang': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs one CLI invocation; returns the exit code (0 ok, 1 user error, 2 bad usage). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const uiLangArg = argv.find((a, i) => argv[i - 1] === '--ui-lang' || a.startsWith('--ui-lang='));
  const uiLangAsked = uiLangArg?.replace(/^--ui-lang=/u, '');
  // An interface language asked for by name and not shipped is said, in the language of the
  // locale, rather than answered in English as if it had been understood.
  const unshipped = uiLangAsked !== undefined && !uiLangAsked.startsWith('-') && uiLanguageOf(uiLangAsked) === null;
  const uiLang = cliUiLanguage(io.env, unshipped ? undefined : uiLangAsked);
  const t = createI18n(uiLang).t;
  if (unshipped) {
    io.stderr.write(`${terminalLine(t('cli.badValue', { option: '--ui-lang', values: UI_LANGUAGES.join(', ') }))}\n`);
    return 2;
  }
  const dbPath = (): string => defaultArchivePath(process.platform, io.env);
  const usage = (): string => t('cli.usage', { db: io.env.DIPTYCH_DB || dbPath() });

  const name = argv.find((a) => !a.startsWith('-') && !isOptionValue(argv, a));
  const load = name ? COMMANDS[name] : undefined;
  if (!name || !load) {
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
      io.stdout.write(`${packageJson.version}\n`);
      return 0;
    }
    if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
      io.stdout.write(`${usage()}\n`);
      return argv.length === 0 ? 2 : 0;
    }
    io.stderr.write(`${terminalLine(t('cli.unknownCommand', { command: name ?? argv[0] }))}\n`);
    return 2;
  }

  const command = await load();
  let parsed;
  try {
    parsed = parseArgs({
      args: (command.freeText ? freeTextArgs : (a: string[]) => a)(
        argv.filter((a, i) => !(a === name && argv.indexOf(name) === i)),
        { ...GLOBAL_OPTIONS, ...command.options },
      ),
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    io.stderr.write(`${terminalLine(translateParseArgsError(t, e))}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(`${usage()}\n`);
    return 0;
  }
  const extra = command.maxArguments === undefined ? undefined : parsed.positionals[command.maxArguments];
  if (extra !== undefined) {
    io.stderr.write(`${terminalLine(t('cli.extraArgument', { argument: extra, command: name }))}\n`);
    return 2;
  }

  let db: Database | undefined;
  const archivePath = (): string => {
    const given = parsed.values.db as string | undefined;
    if (given === '') throw new CliFailure(t('cli.badOption', { message: '--db ""' }), 2);
    return given || io.env.DIPTYCH_DB || dbPath();
  };
  const ctx: CliContext = {
    command: name,
    positionals: parsed.positionals,
    options: parsed.values as Record<string, string | boolean | undefined>,
    json: parsed.values.json === true,
    t,
    uiLang,
    archivePath() {
      const file = archivePath();
      // SQLite would call a folder "not a database"; the user gave a folder where a file goes.
      if (file !== ':memory:' && isFolder(file)) {
        throw new CliFailure(t('cli.dbIsFolder', { file, example: join(file, 'archive.db') }), 2);
      }
      // Reading a mistyped path must not leave an empty archive behind it.
      if (!command.createsArchive && file !== ':memory:' && !existsSync(file)) {
        throw new CliFailure(t('cli.noArchive', { file }));
      }
      return file;
    },
    db() {
      if (!db) {
        const file = ctx.archivePath();
        // Only import creates an archive; a migration is preceded by a copy in backups/ beside it.
        db = openArchive(file, { create: command.createsArchive === true, backupDir: backupDirFor(file) });
      }
      return db;
    },
    out: (line, bold) => io.stdout.write(`${terminalLine(line, bold)}\n`),
    write: (chunk) =>
      new Promise<void>((done) => {
        if (io.stdout.write(chunk) === false && io.stdout.once) io.stdout.once('drain', done);
        else done();
      }),
    err: (line) => io.stderr.write(`${terminalLine(line)}\n`),
    printJson: (value) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
  };
  try {
    await command.run(ctx);
    return 0;
  } catch (e) {
    if (e instanceof CliFailure) {
      if (e.message) io.stderr.write(`${terminalLine(e.message)}\n`);
      return e.exitCode;
    }
    if (e instanceof DiptychError) {
      io.stderr.write(`${terminalLine(translateError(t, { code: e.code, params: e.params }))}\n`);
      return 1;
    }
    // SQLite's own failures (a damaged page, a busy archive) have words of their own.
    io.stderr.write(`${terminalLine(translateError(t, toApiError(e)))}\n`);
    return 1;
  } finally {
    if (db) closeArchive(db);
  }
}

const isFolder = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

/** True when `arg` is the value of a preceding string option (`--db FILE`). */
function isOptionValue(argv: string[], arg: string): boolean {
  const prev = argv[argv.indexOf(arg) - 1];
  return prev !== undefined && /^--(db|ui-lang|lang|out|translation-of|original|provenance|from|to|sort|limit|offset|hits|counterpart-lang|format|query|min-confidence)$/u.test(prev);
}

/**
 * For a command whose positionals are free text: known options stay options, everything else
 * (`-Macron`, `-lang:en`) goes after `--`, so a query's exclusions need no quoting tricks.
 */
function freeTextArgs(
  args: string[],
  options: Record<string, { type: 'string' | 'boolean'; short?: string }>,
): string[] {
  const known: string[] = [];
  const text: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      text.push(...args.slice(i + 1));
      break;
    }
    const long = /^--([^=]+)(=.*)?$/u.exec(arg);
    const short = /^-([A-Za-z])$/u.exec(arg);
    const optionName = long ? long[1]! : short ? Object.keys(options).find((k) => options[k]!.short === short[1]) : undefined;
    const spec = optionName === undefined ? undefined : options[optionName];
    if (!spec) {
      text.push(arg);
      continue;
    }
    // Joined with `=`, a value that starts with a dash (`--limit -3`) stays the option's value and
    // meets the option's own check, instead of reading as another option.
    if (spec.type === 'string' && !long?.[2] && i + 1 < args.length) known.push(`--${optionName}=${args[++i]!}`);
    else known.push(arg);
  }
  return [...known, '--', ...text];
}
