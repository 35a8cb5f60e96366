// Times the fitting engine on the 245 Chinchilla points: one full fit and a seeded bootstrap.
// Usage: node scripts/fit-timing.mjs [resamples]   (Node ≥ 23.6: imports the TypeScript directly;
// `npm run …` scripts use the project's Node 24, or call node_modules/node/bin/node).
import fs from 'node:fs';
import path from 'node:path';
import { benchChinchillaFit, chinchillaRunsFromCsv } from '../src/lib/fit/bench.ts';

const root = path.resolve(import.meta.dirname, '..');
const runs = chinchillaRunsFromCsv(fs.readFileSync(path.join(root, 'src/data/measured/chinchilla-fig4.csv'), 'utf8'));
const resamples = Number(process.argv[2] ?? 1000);
const cpu = process.cpuUsage();
const t = benchChinchillaFit(runs, { resamples });
const used = process.cpuUsage(cpu);
console.log(`${t.runs} runs · one fit ${t.fitMs.toFixed(0)} ms · ${t.resamples}-resample bootstrap ${(t.bootstrapMs / 1000).toFixed(2)} s`);
console.log(`one bootstrap step: median ${t.stepMedianMs.toFixed(1)} ms, longest ${t.stepMaxMs.toFixed(1)} ms · CPU time of the whole run ${((used.user + used.system) / 1000).toFixed(0)} ms`);
