/**
 * Besiroglu et al. (2024) extracted 245 (model size, training FLOP, loss) points from the SVG of
 * Hoffmann et al.'s Figure 4. We keep exactly those three columns, with the upstream text of each
 * number unchanged; the SVG coordinates and colours they were read from are dropped. Training
 * tokens are not in the file: the replication derives them as D = C / (6N), and so does the course
 * (src/data/measured/chinchilla.ts).
 *
 *   node scripts/data/chinchilla-fig4.mjs <clone of epoch-research/analyzing-chinchilla>
 */
import { csvParse, readUpstream, source, writeCsv } from './lib.mjs';

const meta = source('chinchilla-fig4');
const upstream = csvParse(readUpstream(process.argv[2], meta.upstream).toString('utf8'));
const rows = upstream.map((r) => [r['Model Size'], r['Training FLOP'], r['loss']]);
writeCsv(meta.file, ['params_N', 'flops_C', 'loss_nats'], rows);
