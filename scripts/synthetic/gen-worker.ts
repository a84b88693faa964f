// A worker of `npm run gen`: generates the slices of the synthetic archive it is asked for and
// prepares each story for the pipeline's writer (language, hash, search document).
import { parentPort, workerData } from 'node:worker_threads';
import { WordAnalyzer } from '../../src/main/core/search/analyze';
import { generateStory } from './synthetic';
import { syntheticUnit } from './write-synthetic';

const port = parentPort!;
const { seed } = workerData as { seed: number };
const analyzer = new WordAnalyzer();

port.on('message', ({ from, to }: { from: number; to: number }) => {
  const units = [];
  for (let i = from; i < to; i++) units.push(syntheticUnit(generateStory(seed, i), analyzer));
  port.postMessage({ from, units });
});
