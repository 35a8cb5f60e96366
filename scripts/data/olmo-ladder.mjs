/**
 * The OLMo model ladder of Bhagia et al. (2024): 4 sizes (190M, 370M, 760M, 1.3B) × 4 training
 * lengths (1, 2, 5 and 10 × the Chinchilla-optimal 20 tokens per parameter), and the two targets the
 * paper predicts (7B trained to 4T tokens, 13B to 5T). The runs, model sizes and FLOPs per token are
 * the paper's own configuration (src/scripts/paper/configs/final.json); each run's evaluation log is
 * one CSV in src/scripts/paper/data/ladder-runs/.
 *
 * We keep, per run, the last 5 evaluated checkpoints (the paper's step-1 fits average the last 5
 * evaluations of each run: `--moving_avg 5`), with the C4 validation loss
 * (eval/c4_en-validation/CrossEntropyLoss, nats per token). D is `throughput/total_tokens` where the
 * log has it, else `_step × batch_size_in_tokens`, as upstream's get_step1_data_by_name computes it;
 * C = D × the configuration's FLOPs per token (an exact integer product). Loss text is copied unchanged.
 *
 *   node scripts/data/olmo-ladder.mjs <clone of allenai/OLMo-ladder>
 */
import { csvParse, readUpstream, source, writeCsv } from './lib.mjs';

const meta = source('olmo-ladder');
const [configUp, folderUp] = meta.upstream;
const clone = process.argv[2];
const config = JSON.parse(readUpstream(clone, configUp).toString('utf8'));
const files = new Map(folderUp.files.map((f) => [`${folderUp.path}/${f.path}`, f]));
const LAST = 5;
const LOSS = 'eval/c4_en-validation/CrossEntropyLoss';

const rows = [];
for (const [label, run] of Object.entries(config)) {
	const role = run.mode === 'train' ? 'ladder' : 'target';
	for (const path of run.paths) {
		const file = files.get(path);
		if (!file) throw new Error(`${path} is in final.json but not recorded in sources.json`);
		const log = csvParse(readUpstream(clone, { commit: folderUp.commit, path, sha256: file.sha256 }).toString('utf8'));
		// "1.3B" with "1B-5xC.csv" → multiple 5; the targets have none.
		const multiple = role === 'ladder' ? (/-([\d.]+)xC\.csv$/.exec(path)?.[1] ?? '') : '';
		if (role === 'ladder' && !multiple) throw new Error(`no ×C multiple in ${path}`);
		const kept = log.slice(-LAST);
		kept.forEach((r, i) => {
			const d = r['throughput/total_tokens'] ? BigInt(Math.trunc(Number(r['throughput/total_tokens']))) : BigInt(r._step) * BigInt(r.batch_size_in_tokens);
			if (!r[LOSS]) throw new Error(`${path}: no ${LOSS}`);
			rows.push([label, role, multiple, r._step ?? '', i === kept.length - 1 ? '1' : '0', String(run.n), String(d), String(d * BigInt(run.flops)), r[LOSS]]);
		});
	}
}
writeCsv(meta.file, ['size', 'role', 'multiple', 'step', 'final', 'params_N', 'tokens_D', 'flops_C', 'loss_c4'], rows);
