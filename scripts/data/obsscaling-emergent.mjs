/**
 * Ruan et al. (2024), "Observational Scaling Laws": the open base models that Ruan et al. scored on
 * tasks Wei et al. and Schaeffer et al. call emergent, joined (by the `Model` column) with each
 * model's metadata and standard-benchmark scores from the authors' benchmark file. One row per model
 * of the emergent-capability file (every one of them is in the benchmark file; the script checks),
 * in upstream order. Every cell's text is copied unchanged; an empty cell is a value upstream lacks.
 *
 *   node scripts/data/obsscaling-emergent.mjs <clone of ryoungj/ObsScaling>
 */
import { csvParse, readUpstream, source, writeCsv } from './lib.mjs';

const meta = source('obsscaling-emergent');
const clone = process.argv[2];
const [emergent, benchmarks] = meta.upstream.map((u) => csvParse(readUpstream(clone, u).toString('utf8')));

/** Our ascii key ← upstream column, in output order. */
const FROM_BENCHMARKS = [
	['family', 'Model Family'],
	['params_B', 'Model Size (B)'],
	['tokens_T', 'Pretraining Data Size (T)'],
	['flops_1e21', 'FLOPs (1E21)'],
];
const FROM_EMERGENT = [
	['ipa_exact_match', 'ipa_transliterate_2_exact_match'],
	['ipa_bleu', 'ipa_transliterate_2_bleu'],
	['word_unscrambling_exact_match', 'word_unscrambling_2_exact_match'],
	['persian_qa_acc', 'parsinlu_qa_2_acc'],
	['arithmetic_3ds_acc', 'arithmetic_3ds_2_acc'],
	['arithmetic_3da_acc', 'arithmetic_3da_2_acc'],
	['arithmetic_2dm_acc', 'arithmetic_2dm_2_acc'],
	['arithmetic_2da_acc', 'arithmetic_2da_2_acc'],
];
const BENCHMARKS = [
	['mmlu', 'MMLU'],
	['arc_c', 'ARC-C'],
	['hellaswag', 'HellaSwag'],
	['winograd', 'Winograd'],
	['truthfulqa', 'TruthfulQA'],
	['gsm8k', 'GSM8K'],
	['xwinograd', 'XWinograd'],
	['humaneval', 'HumanEval'],
];
for (const [, col] of FROM_EMERGENT) if (!emergent.columns.includes(col)) throw new Error(`emergent file: no column ${col}`);
for (const [, col] of [...FROM_BENCHMARKS, ...BENCHMARKS]) if (!benchmarks.columns.includes(col)) throw new Error(`benchmark file: no column ${col}`);
if (emergent.columns.length !== FROM_EMERGENT.length + 1) throw new Error(`emergent file: unexpected columns ${emergent.columns.join(', ')}`);

const byModel = new Map(benchmarks.map((r) => [r.Model, r]));
const rows = emergent.map((e) => {
	const b = byModel.get(e.Model);
	if (!b) throw new Error(`${e.Model} is not in the benchmark file`);
	return [e.Model, ...FROM_BENCHMARKS.map(([, c]) => b[c]), ...FROM_EMERGENT.map(([, c]) => e[c]), ...BENCHMARKS.map(([, c]) => b[c])];
});
writeCsv(meta.file, ['model', ...[...FROM_BENCHMARKS, ...FROM_EMERGENT, ...BENCHMARKS].map(([k]) => k)], rows);
