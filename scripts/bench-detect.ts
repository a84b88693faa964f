// Language detection, measured: each size of eld's n-gram set on the seed fixtures, the shipped
// sample stories and synthetic versions — whole files and single paragraphs — with its load time
// and memory. Prints a table; writes bench-results/detect.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { generateStories } from './synthetic/synthetic';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = ['extrasmall', 'small', 'medium', 'large'] as const;

interface Sample {
  lang: string;
  text: string;
}

function corpus(): { files: Sample[]; paragraphs: Sample[] } {
  const files: Sample[] = [];
  const seed = resolve(ROOT, 'tests/fixtures/seed');
  for (const f of readdirSync(seed)) files.push({ lang: f.split('.')[1]!, text: readFileSync(join(seed, f), 'utf8') });
  const sample = resolve(ROOT, 'resources/sample');
  for (const f of readdirSync(sample)) files.push({ lang: f.split('.')[1]!, text: readFileSync(join(sample, f), 'utf8') });
  for (const story of generateStories({ stories: 100, seed: 7 })) {
    for (const v of story.versions) files.push({ lang: v.lang!, text: v.blocks.map((b) => b.text).join('\n') });
  }
  const paragraphs = files.flatMap((f) =>
    f.text.split('\n').filter((l) => l.length >= 40).map((text) => ({ lang: f.lang, text })),
  );
  return { files, paragraphs };
}

// Each size is measured in a fresh process, so that load time and memory are its own.
if (process.argv[2] === '--child') {
  const size = process.argv[3]!;
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const { eld } = (await import(`eld/${size}`)) as typeof import('eld/medium');
  const loadMs = performance.now() - t0;
  const rssMb = (process.memoryUsage().rss - rss0) / 1e6;
  const { files, paragraphs } = corpus();
  const accuracy = (samples: Sample[]): number =>
    samples.filter((s) => eld.detect(s.text).language === s.lang).length / samples.length;
  const t1 = performance.now();
  const fileAcc = accuracy(files);
  const paraAcc = accuracy(paragraphs);
  const perParagraphUs = ((performance.now() - t1) * 1000) / (files.length + paragraphs.length);
  process.stdout.write(JSON.stringify({ size, loadMs, rssMb, files: files.length, paragraphs: paragraphs.length, fileAcc, paraAcc, perParagraphUs }));
} else {
  const runs = SIZES.map((size) =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', size], { encoding: 'utf8' })),
  );
  console.log('eld size     load ms  memory MB  files right          paragraphs right     µs/text');
  for (const r of runs) {
    console.log(
      `${r.size.padEnd(12)} ${r.loadMs.toFixed(0).padStart(7)}  ${r.rssMb.toFixed(0).padStart(9)}  ` +
        `${(100 * r.fileAcc).toFixed(2).padStart(6)} % of ${String(r.files).padEnd(6)}  ` +
        `${(100 * r.paraAcc).toFixed(2).padStart(6)} % of ${String(r.paragraphs).padEnd(6)}  ${r.perParagraphUs.toFixed(0).padStart(6)}`,
    );
  }
  mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(resolve(ROOT, 'bench-results/detect.json'), `${JSON.stringify({ runs }, null, 2)}\n`);
}
