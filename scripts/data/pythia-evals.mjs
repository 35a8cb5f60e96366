/**
 * Zero- and five-shot evaluations of the Pythia suite (Biderman et al. 2023) at many training
 * checkpoints, as EleutherAI published them in evals/pythia-v1/ (one LM Evaluation Harness JSON per
 * model, shot count and checkpoint). We read the 8 models of the standard suite (trained on the Pile,
 * not the deduplicated Pile); the standard 1B model's evaluations are in the folder
 * `pythia-1b-bf16` (the repository's README: pythia-1b is the one model trained in bf16). The
 * deduplicated models, the batch-size variants and the intervention runs are left out.
 *
 * Per (model, shots, step) one row, with acc and acc_stderr of 7 tasks. The JSON's number text is
 * copied unchanged (read with JSON.parse's source-text access). The step comes from the file name and
 * is checked against the revision the file's own config names.
 *
 *   node scripts/data/pythia-evals.mjs <clone of EleutherAI/pythia>
 */
import { readUpstream, source, writeCsv } from './lib.mjs';

const clone = process.argv[2];
const TASKS = ['lambada_openai', 'piqa', 'arc_easy', 'arc_challenge', 'sciq', 'winogrande', 'logiqa'];
const header = ['model', 'step', ...TASKS.flatMap((t) => [`${t}_acc`, `${t}_acc_stderr`])];
/** Model order: by size. */
const MODELS = ['70m', '160m', '410m', '1b', '1.4b', '2.8b', '6.9b', '12b'];

for (const [id, shots] of [
	['pythia-evals-0shot', 0],
	['pythia-evals-5shot', 5],
]) {
	const { upstream } = source(id);
	const rows = [];
	for (const f of upstream.files) {
		// e.g. pythia-12b/zero-shot/12b_step143000.json, pythia-1b-bf16/five-shot/1b-5shot_step3000.json
		const m = /^pythia-([\d.]+[mb])(?:-bf16)?\/(zero|five)-shot\/[^/]*_step(\d+)\.json$/.exec(f.path);
		if (!m || (m[2] === 'zero') !== (shots === 0)) throw new Error(`unexpected file ${f.path} in ${id}`);
		const [, model, , step] = m;
		const text = readUpstream(clone, { commit: upstream.commit, path: `${upstream.path}/${f.path}`, sha256: f.sha256 }).toString('utf8');
		const json = JSON.parse(text, (_key, value, context) => {
			if (typeof value !== 'number') return value;
			// JSON.parse source-text access (Node ≥ 21): the number's text as written upstream.
			if (typeof context?.source !== 'string') throw new Error('this script needs Node ≥ 21 (run it with `npx node …`)');
			return context.source;
		});
		if (Number(json.config.num_fewshot) !== shots) throw new Error(`${f.path}: num_fewshot ${json.config.num_fewshot}`);
		const revision = /revision=step(\d+)/.exec(json.config.model_args)?.[1];
		if (revision !== step) throw new Error(`${f.path}: file name says step ${step}, config says ${json.config.model_args}`);
		const cells = TASKS.flatMap((t) => {
			const r = json.results[t];
			if (!r?.acc || !r.acc_stderr) throw new Error(`${f.path}: no acc/acc_stderr for ${t}`);
			return [r.acc, r.acc_stderr];
		});
		rows.push([`pythia-${model}`, step, ...cells]);
	}
	rows.sort((a, b) => MODELS.indexOf(a[0].slice(7)) - MODELS.indexOf(b[0].slice(7)) || Number(a[1]) - Number(b[1]));
	writeCsv(source(id).file, header, rows);
}
