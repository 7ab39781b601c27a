/** `npm run bench`: prints EARmark's performance figures. Figures only; nothing is asserted. */
import os from 'node:os';
import { benchEngine } from './engineBench';
import { benchScreening } from './screeningBench';
import { benchClassification } from './classificationBench';
import { benchCli } from './cliBench';

console.log(`# EARmark benchmarks — node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
benchEngine();
benchScreening();
benchClassification();
// Child processes, so asynchronous: it runs after the in-process figures above.
benchCli().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
