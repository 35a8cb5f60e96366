/**
 * Open base models scored on tasks called emergent (Ruan et al. 2024, obsscaling-emergent.csv;
 * provenance in sources.json). Base models only; benchmark contamination is not controlled. Values
 * upstream lacks are undefined (never 0).
 */
import emergent from './obsscaling-emergent.csv?rows';
import type { Rows } from './schemas';

const rows = emergent as Rows<'obsscaling-emergent'>;

export type ObsScalingModel = (typeof OBSSCALING_MODELS)[number];

export const OBSSCALING_MODELS = rows.map((r) => ({
	model: r.model,
	family: r.family,
	/** Parameters (derived: params_B × 1e9). */
	n: r.params_B * 1e9,
	/** Pretraining tokens (derived: tokens_T × 1e12), when known. */
	d: r.tokens_T === undefined ? undefined : r.tokens_T * 1e12,
	/** Training FLOP as upstream estimates it, 6ND (derived: flops_1e21 × 1e21), when known. */
	c: r.flops_1e21 === undefined ? undefined : r.flops_1e21 * 1e21,
	/** Scores on the "emergent" tasks: fractions, except IPA BLEU (0–100). */
	emergent: {
		ipaExactMatch: r.ipa_exact_match,
		ipaBleu: r.ipa_bleu,
		wordUnscrambling: r.word_unscrambling_exact_match,
		persianQa: r.persian_qa_acc,
		arithmetic3ds: r.arithmetic_3ds_acc,
		arithmetic3da: r.arithmetic_3da_acc,
		arithmetic2dm: r.arithmetic_2dm_acc,
		arithmetic2da: r.arithmetic_2da_acc,
	},
	/** Standard benchmark scores (fractions) that Ruan et al. extract their capability measure from. */
	benchmarks: {
		mmlu: r.mmlu,
		arcC: r.arc_c,
		hellaswag: r.hellaswag,
		winograd: r.winograd,
		truthfulqa: r.truthfulqa,
		gsm8k: r.gsm8k,
		xwinograd: r.xwinograd,
		humaneval: r.humaneval,
	},
}));
