// `diptych align` run as a real process: a stored story's alignment, and two loose files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPath } from '../support/archive';
import { runDiptych, type CliResult } from '../support/run-cli';

const diptych = (args: string[]): Promise<CliResult> => runDiptych(args);

describe('diptych align', { timeout: 90_000 }, () => {
  let dir: string;
  let db: string;
  let story: number;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'diptych-align-cli-'));
    db = join(dir, 'archive.db');
    const imported = await diptych(['import', '--db', db, '--json', seedPath('en'), seedPath('uk'), seedPath('et')]);
    story = JSON.parse(imported.stdout).imported[0].story;
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the stored alignment as JSON: block indexes on each side and a confidence', async () => {
    const r = await diptych(['align', String(story), '--from', 'en', '--to', 'uk', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { pairs: { from: number[]; to: number[]; confidence: number }[] };
    expect(doc.pairs).toHaveLength(16);
    doc.pairs.forEach((p, i) => {
      expect(p.from).toEqual([i]);
      expect(p.to).toEqual([i]);
      expect(p.confidence).toBeGreaterThan(0.9);
    });
  });

  it('prints sentence pairs with their text when asked', async () => {
    const r = await diptych(['align', String(story), '--from', 'uk', '--to', 'et', '--sentences', '--json', '--db', db]);
    const doc = JSON.parse(r.stdout);
    const quote = doc.pairs[6].sentences;
    expect(quote.length).toBeGreaterThanOrEqual(4);
    expect(quote[0].from[0].text).toMatch(/^«Я не можу уявити/u);
    expect(quote[0].to[0].text).toMatch(/^„Ma ei kujuta ette/u);
  });

  it('prints a readable table without --json, and a summary on stderr', async () => {
    const r = await diptych(['align', String(story), '--from', 'en', '--to', 'et', '--db', db]);
    expect(r.code).toBe(0);
    // Paragraphs numbered from 1, as search numbers them: the fifth block is 5.
    expect(r.stdout).toMatch(/^\s+5 ↔ 5\s+1[.,]00/mu);
    expect(r.stdout).not.toMatch(/^\s+0 ↔/mu);
    expect(r.stderr).toMatch(/16 aligned groups/u);
  });

  it('aligns two files that are not imported, storing nothing', async () => {
    const lines = readFileSync(seedPath('uk'), 'utf8').trim().split('\n');
    // The Ukrainian file with paragraphs 6 and 7 merged, and paragraph 12 dropped.
    const changed = [...lines.slice(0, 6), `${lines[6]} ${lines[7]}`, ...lines.slice(8, 12), ...lines.slice(13)];
    const file = join(dir, 'changed.uk.txt');
    writeFileSync(file, changed.join('\n'));
    const before = await diptych(['list', '--json', '--db', db]);
    const r = await diptych(['align', seedPath('en'), file, '--json', '--db', db]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { from: string; to: string; pairs: { from: number[]; to: number[] }[] };
    expect(doc.from).toBe('en');
    expect(doc.to).toBe('uk');
    expect(doc.pairs).toContainEqual(expect.objectContaining({ from: [6, 7], to: [6] }));
    expect(doc.pairs).toContainEqual(expect.objectContaining({ from: [12], to: [] }));
    const after = await diptych(['list', '--json', '--db', db]);
    expect(after.stdout).toBe(before.stdout);
  });

  it('fails with a reason: missing languages are bad usage, a missing story a user error', async () => {
    const noTo = await diptych(['align', String(story), '--from', 'en', '--db', db]);
    expect(noTo.code).toBe(2);
    expect(noTo.stderr).toMatch(/--to/u);
    // Both are needed, as the help says, even where the original could stand in.
    const noFrom = await diptych(['align', String(story), '--to', 'et', '--db', db]);
    expect(noFrom.code).toBe(2);
    expect(noFrom.stderr).toMatch(/--from/u);
    const noStory = await diptych(['align', '999', '--from', 'en', '--to', 'uk', '--db', db]);
    expect(noStory.code).toBe(1);
    const noLang = await diptych(['align', String(story), '--from', 'en', '--to', 'fr', '--db', db]);
    expect(noLang.code).toBe(1);
    expect(noLang.stderr).toMatch(/no version in fr/u);
    const noFile = await diptych(['align', join(dir, 'missing.txt'), seedPath('en')]);
    expect(noFile.code).toBe(1);
  });

  it('names which of two files it could not align', async () => {
    const binary = join(dir, 'photo.uk.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    const second = await diptych(['align', seedPath('en'), binary]);
    expect(second.code).toBe(1);
    expect(second.stderr.startsWith(`Cannot align ${binary}: `)).toBe(true);
    expect(second.stderr.trim().length).toBeGreaterThan(`Cannot align ${binary}: `.length);
    const missing = join(dir, 'missing.en.txt');
    const first = await diptych(['align', missing, seedPath('uk')]);
    expect(first.stderr.startsWith(`Cannot align ${missing}: `)).toBe(true);
  });
});
