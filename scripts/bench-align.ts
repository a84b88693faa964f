// Benchmark of the aligner, printed beside today's figures: paragraphs (variants of the seed
// story with merged, split, dropped and added paragraphs; the synthetic archive; moved
// paragraphs), sentences (strict and lax F1 as vecalign's score.py computes them and the
// precision of pairs marked certain, on the seed news one sentence a line, with every third pair
// merged, the UDHR, sentence variants, the reader's path, and Text+Berg when `--textberg DIR`
// is given), the speed of a 500-paragraph pair, and the lexicon's size. "Today" is
// bench-results/align-baseline.json: this benchmark run against the aligner before issue 15.
//
//   npm run bench:align -- [--textberg DIR] [--stories N]
//
// DIR holds vecalign's bleualign_data (test0.de, test0.fr, test0.defr … test6.*, dev.de, dev.fr):
// Bleualign's Text+Berg test set and gold, not shipped with Diptych (GPL-2.0).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { LOW_CONFIDENCE } from '../src/shared/api/align';
import { growSyntheticArchive } from './bench-align/aligner';
import { paragraphSection, speedSection, type ParagraphRow } from './bench-align/paragraphs';
import { sentenceSection, type SentenceRow } from './bench-align/sentences';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const textBergDir = option('textberg');
const archiveStories = Number(option('stories') ?? 300);
const load: { start: number[]; end?: number[] } = { start: loadavg().map((x) => Math.round(x * 100) / 100) };

const out = join(import.meta.dirname, '../bench-results');
const baselineFile = join(out, 'align-baseline.json');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a recorded JSON document
const today: any = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : null;

// Timed first, before the sections below fill the heap: the cost of aligning, not of
// collecting the grown archive's garbage (which added up to half again on this machine).
const speed = speedSection();
const paragraphs = paragraphSection(400);
const archive = growSyntheticArchive(archiveStories);
const sentences = sentenceSection(archive, textBergDir);
load.end = loadavg().map((x) => Math.round(x * 100) / 100);

// ---- printing ---------------------------------------------------------------------------------

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(2)} %`);
const num = (x: number | null | undefined, d = 3): string => (x === null || x === undefined ? '—' : x.toFixed(d));
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

const todayParagraph = (kind: string): ParagraphRow | undefined =>
  today?.paragraphs?.rows?.find((r: ParagraphRow) => r.kind === kind);
const todaySynthetic = (kind: string): ParagraphRow | undefined =>
  today?.paragraphs?.synthetic?.rows?.find((r: ParagraphRow) => r.kind === kind);
const todaySentence = (set: string): SentenceRow | undefined =>
  [...(today?.sentences?.rows ?? []), ...(today?.sentences?.textBerg?.rows ?? [])].find((r: SentenceRow) => r.set === set);
const certainShare = (r: SentenceRow | undefined): number | null => (r && r.certain ? r.certainRight / r.certain : null);

console.log(`Load average at start ${load.start.join(' ')}; ${today ? `"today" recorded ${today.baseline?.recorded ?? '?'} against ${today.baseline?.commit ?? '?'}` : 'no recorded "today" (bench-results/align-baseline.json)'}`);
console.log('');
console.log('Paragraphs (exact groups; targets: precision and recall ≥ 98 %, the mixed variants ≥ 0.98 F1)');
console.log([pad('kind', 16), lpad('variants', 8), lpad('gold', 6), lpad('precision', 10), lpad('recall', 10), lpad('F1', 10), lpad('today F1', 10), lpad('changed', 10)].join(' '));
const printParagraph = (r: ParagraphRow, was: ParagraphRow | undefined) =>
  console.log([pad(r.kind, 16), lpad(String(r.variants), 8), lpad(String(r.gold), 6), lpad(pct(r.precision), 10), lpad(pct(r.recall), 10), lpad(pct(r.f1), 10), lpad(pct(was?.f1), 10), lpad(pct(r.changedRecall), 10)].join(' '));
for (const r of paragraphs.rows) printParagraph(r, todayParagraph(r.kind));
console.log(`Synthetic archive: ${paragraphs.synthetic.stories} stories, ${paragraphs.synthetic.pairs} version pairs, ${paragraphs.synthetic.msPerPair} ms a pair`);
for (const r of paragraphs.synthetic.rows) printParagraph(r, todaySynthetic(r.kind));
console.log('Confidence against correctness (variants and the synthetic archive):');
paragraphs.calibration.forEach((c) => console.log(`  ${pad(c.band, 28)} ${lpad(String(c.groups), 7)} groups, ${c.groups ? pct(c.right / c.groups) : '—'} right`));
console.log(`Moved paragraphs: ${paragraphs.moved.linked} of ${paragraphs.moved.variants} linked (today ${today?.paragraphs?.moved?.linked ?? '—'}), ${paragraphs.moved.wrongLinks} wrong links`);
console.log(`Two sentences merged in one paragraph: ${paragraphs.sentenceMerges.exact} of ${paragraphs.sentenceMerges.variants} aligned exactly (today ${today?.paragraphs?.sentenceMerges?.exact ?? '—'})`);

console.log('');
console.log(`Sentences (vecalign's score.py: strict and lax F1; "certain": pairs with confidence ≥ ${LOW_CONFIDENCE}, target ≥ 98 % right)`);
console.log([pad('set', 56), lpad('docs', 5), lpad('links', 6), lpad('strict P', 9), lpad('strict R', 9), lpad('strict F1', 10), lpad('lax F1', 8), lpad('certain', 16), lpad('today strict', 13), lpad('lax', 7), lpad('certain', 9)].join(' '));
const printSentence = (r: SentenceRow) => {
  const was = todaySentence(r.set);
  const certain = r.certain ? `${pct(r.certainRight / r.certain)} (${r.certain})` : '—';
  console.log([pad(r.set, 56), lpad(String(r.documents), 5), lpad(String(r.goldLinks), 6), lpad(num(r.precisionStrict), 9), lpad(num(r.recallStrict), 9), lpad(num(r.f1Strict), 10), lpad(num(r.f1Lax), 8), lpad(certain, 16), lpad(num(was?.f1Strict), 13), lpad(num(was?.f1Lax), 7), lpad(pct(certainShare(was)), 9)].join(' '));
};
sentences.rows.forEach(printSentence);
if (sentences.textBerg === 'skipped') console.log('Text+Berg de–fr: skipped (give --textberg DIR, the folder of vecalign\'s bleualign_data)');
else sentences.textBerg.rows.forEach(printSentence);
console.log('  Targets: Text+Berg strict F1 ≥ 0.85 (goal 0.90); seed news with every third pair merged ≥ 0.97; the seed mixed variants ≥ 0.98.');
if (archive) {
  console.log(`Lexicon grown from ${archive.stories} synthetic stories in ${(archive.ms / 1000).toFixed(1)} s (stored, and each pair read once with its sentences):`);
  for (const s of archive.size) console.log(`  ${pad(s.pair, 6)} ${lpad(String(s.sentencePairs), 6)} sentence pairs, ${lpad(String(s.links), 7)} links, ${lpad(String(s.stems), 6)} stems, ${(s.bytes / 1e6).toFixed(2)} MB`);
}

console.log('');
const t = (x: { wallMs: number; cpuMs: number } | undefined): string => (x ? `${x.wallMs.toFixed(1)} ms wall, ${x.cpuMs.toFixed(1)} ms CPU` : '—');
console.log(`Long pair: ${speed.from} × ${speed.to} paragraphs, ${speed.sentencesA} × ${speed.sentencesB} sentences; precision ${pct(speed.precision)}, recall ${pct(speed.recall)}`);
console.log(`  paragraphs, first reading (target < 100 ms): ${t(speed.firstReading)}   today ${t(today?.speed?.firstReading)}`);
console.log(`  paragraphs, anchors remembered:              ${t(speed.rememberedAnchors)}   today ${t(today?.speed?.rememberedAnchors)}`);
console.log(`  sentences of every pair (target < 300 ms):   ${t(speed.sentences)}   today ${t(today?.speed?.sentences)}`);
console.log(`  (medians; load average at the end ${load.end.join(' ')}${today?.load ? `, today's run ${today.load.end?.join(' ')}` : ''})`);

// ---- regressions --------------------------------------------------------------------------------

interface Compared {
  what: string;
  now: number;
  was: number;
}
const compared: Compared[] = [];
const compare = (what: string, now: number | null | undefined, was: number | null | undefined): void => {
  if (now !== null && now !== undefined && was !== null && was !== undefined) compared.push({ what, now, was });
};
for (const r of paragraphs.rows) compare(`paragraphs ${r.kind} F1`, r.f1, todayParagraph(r.kind)?.f1);
for (const r of paragraphs.synthetic.rows) compare(`synthetic ${r.kind} F1`, r.f1, todaySynthetic(r.kind)?.f1);
compare('moved paragraphs linked', paragraphs.moved.linked, today?.paragraphs?.moved?.linked);
compare('two sentences merged, exact', paragraphs.sentenceMerges.exact, today?.paragraphs?.sentenceMerges?.exact);
for (const r of [...sentences.rows, ...(sentences.textBerg === 'skipped' ? [] : sentences.textBerg.rows)]) {
  const was = todaySentence(r.set);
  compare(`${r.set.trim()} strict F1`, r.f1Strict, was?.f1Strict);
  compare(`${r.set.trim()} lax F1`, r.f1Lax, was?.f1Lax);
  compare(`${r.set.trim()} certain precision`, certainShare(r), certainShare(was));
}
const worse = compared.filter((c) => c.now < c.was - 1e-9);
console.log('');
console.log(`Regression table: ${compared.length} figures compared with today, ${compared.filter((c) => c.now > c.was + 1e-9).length} better, ${worse.length} worse`);
for (const c of worse) console.log(`  WORSE ${pad(c.what, 70)} ${num(c.now, 4)} (today ${num(c.was, 4)})`);

const result = {
  date: new Date().toISOString(),
  node: process.version,
  load,
  paragraphs,
  sentences,
  speed,
  lexicon: archive ? { stories: archive.stories, ms: Math.round(archive.ms), size: archive.size } : null,
  regressions: { compared: compared.length, worse },
};
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'align.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log('\nWritten to bench-results/align.json');
