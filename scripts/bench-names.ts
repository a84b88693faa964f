// bench:names — recall and precision of the phonetic name key (src/main/core/search/name-key.ts)
// over the spellings of tests/search/name-spellings.ts, by romanization system, in both
// directions: does a Latin spelling meet its Cyrillic name (recall), and how many other names of
// the list it meets too (precision). Not a timing benchmark: it prints what the key matches.
import { ALL_CONVENTIONS, aliasKeys, cyrillicNameKey, latinNameKeys } from '../src/main/core/search/name-key';
import { documentConventions } from '../src/main/core/search/transliterate';
import { DISTRACTORS, keyedForms, NAME_ROWS, type SpellingSystem } from '../tests/search/name-spellings';


/** What a Latin query spelling looks for: its keys in every convention and their aliases. */
function queryKeys(spelling: string): Set<string> {
  const keys = keyedForms(spelling).flatMap((f) => latinNameKeys(f, ALL_CONVENTIONS));
  return new Set([...keys, ...keys.flatMap(aliasKeys)]);
}

/** The language a system's spellings are written in, for how a document in it is keyed. */
const LANG: Partial<Record<SpellingSystem, string>> = { German: 'de', Polish: 'pl', French: 'fr', Estonian: 'et' };

/** What a Latin spelling in a document of `lang` is indexed by. */
function documentKeys(spelling: string, lang: string): Set<string> {
  return new Set(keyedForms(spelling).flatMap((f) => latinNameKeys(f, documentConventions(lang))));
}

interface Tally {
  spellings: number;
  found: number;
  /** Cyrillic query → Latin text in the system's language. */
  reverse: number;
  /** Other Cyrillic names whose query would meet the Latin text. */
  reverseWrong: number;
  wrong: number;
  misses: string[];
}

const bySystem = new Map<SpellingSystem, Tally>();
const cyrKeys = NAME_ROWS.map((r) => cyrillicNameKey(r.cyrillic));
const otherKeys = DISTRACTORS.map(cyrillicNameKey);
for (const [i, row] of NAME_ROWS.entries()) {
  for (const [system, spellings] of Object.entries(row.spellings) as [SpellingSystem, string[]][]) {
    let t = bySystem.get(system);
    if (!t) bySystem.set(system, (t = { spellings: 0, found: 0, reverse: 0, reverseWrong: 0, wrong: 0, misses: [] }));
    for (const spelling of spellings) {
      const keys = queryKeys(spelling);
      t.spellings++;
      if (keys.has(cyrKeys[i] as string)) t.found++;
      const cyrQuery = new Set([cyrKeys[i] as string, ...aliasKeys(cyrKeys[i] as string)]);
      if ([...documentKeys(spelling, LANG[system] ?? 'en')].some((k) => cyrQuery.has(k))) t.reverse++;
      else t.misses.push(`${spelling}≠${row.cyrillic}`);
      const wrong = [...cyrKeys.filter((k, j) => j !== i && keys.has(k)), ...otherKeys.filter((k) => keys.has(k))];
      t.wrong += wrong.length;
      const docKeys = documentKeys(spelling, LANG[system] ?? 'en');
      t.reverseWrong += [...cyrKeys.filter((_, j) => j !== i), ...otherKeys].filter((k) => docKeys.has(k)).length;
    }
  }
}
let all: Tally = { spellings: 0, found: 0, reverse: 0, reverseWrong: 0, wrong: 0, misses: [] };
console.log('system          spellings  Latin→Cyrillic recall  precision  Cyrillic→Latin recall  precision  misses');
for (const [system, t] of bySystem) {
  const precision = t.found + t.wrong === 0 ? 1 : t.found / (t.found + t.wrong);
  const pct = (n: number): string => `${((100 * n) / t.spellings).toFixed(0)}%`;
  console.log(`${system.padEnd(15)} ${String(t.spellings).padStart(9)}  ${pct(t.found).padStart(21)}  ${`${(100 * precision).toFixed(0)}%`.padStart(9)}  ${pct(t.reverse).padStart(21)}  ${`${((100 * t.reverse) / Math.max(1, t.reverse + t.reverseWrong)).toFixed(0)}%`.padStart(9)}  ${t.misses.join(' ')}`);
  all = { spellings: all.spellings + t.spellings, found: all.found + t.found, reverse: all.reverse + t.reverse, reverseWrong: all.reverseWrong + t.reverseWrong, wrong: all.wrong + t.wrong, misses: [] };
}
const pctAll = (n: number): string => `${((100 * n) / all.spellings).toFixed(0)}%`;
console.log(`all             ${String(all.spellings).padStart(9)}  ${pctAll(all.found).padStart(21)}  ${`${((100 * all.found) / (all.found + all.wrong)).toFixed(0)}%`.padStart(9)}  ${pctAll(all.reverse).padStart(21)}  ${`${((100 * all.reverse) / Math.max(1, all.reverse + all.reverseWrong)).toFixed(0)}%`.padStart(9)}`);
console.log(`names: ${NAME_ROWS.length} with their spellings, ${DISTRACTORS.length} others to miss; distinct keys: ${new Set([...cyrKeys, ...otherKeys]).size} of ${cyrKeys.length + otherKeys.length}`);
