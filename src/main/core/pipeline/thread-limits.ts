// The heap limits of the threads an import runs on: the import worker, which writes, and the parse
// workers. Left to itself V8 keeps up to 32 MB of young generation a thread, and with a high limit
// lets the old generation grow to about four times what survives before collecting it. An
// import's garbage dies young and its live set is small (a batch, the word cache), so 8 MB of young
// generation costs little, and a 1 GB limit keeps old-generation growth near 1.6×. (V8 scales that
// growth by the system's pointer size, not by pointer compression, so Electron's compressed heap
// grows the same way.) At 100,000 text stories (bench:import) the process peaked at 286 MB, not
// 409–487.
import type { ResourceLimits } from 'node:worker_threads';

export const IMPORT_THREAD_LIMITS: ResourceLimits = {
  // A page or story that would need more fails on its own (a parse worker), or fails the import
  // with a clear error (the writer), instead of taking the machine's memory.
  maxOldGenerationSizeMb: 1024,
  maxYoungGenerationSizeMb: 8,
};
