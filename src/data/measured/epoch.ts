/**
 * A snapshot of Epoch AI's database: every system with a training-compute value (epoch-compute.csv
 * and epoch-systems.csv, joined on the model name; provenance, licence and credit in sources.json).
 * Most compute values are Epoch's estimates: `computeMethod` and `confidence` say how sure they are.
 */
import computeRows from './epoch-compute.csv?rows';
import type { Rows } from './schemas';
import systemsRows from './epoch-systems.csv?rows';

const compute = computeRows as Rows<'epoch-compute'>;
const systems = new Map((systemsRows as Rows<'epoch-systems'>).map((s) => [s.model, s]));

export interface EpochSystem {
	model: string;
	/** Publication date, YYYY-MM-DD. */
	date: string;
	/** Derived: the date as a fractional year (2020-07-02 → about 2020.5). */
	year: number;
	domains: string[];
	organization: string;
	language: boolean;
	notable: boolean;
	/** Training compute (FLOP), mostly Epoch's estimate. */
	compute: number;
	confidence: 'Confident' | 'Likely' | 'Speculative' | 'Unknown';
	/** How Epoch obtained the compute value (e.g. Operation counting, Hardware, Reported). */
	computeMethod: string[];
	params: number | undefined;
	datasetSize: number | undefined;
	datasetUnit: '' | 'tokens' | 'words' | 'both';
	epochs: number | undefined;
	finetune: boolean;
	/**
	 * Derived, the proposed rule for a tokens-per-parameter view: a language model, not a fine-tune,
	 * whose dataset-size notes speak of tokens, and whose 6 × params × dataset size lies within a factor
	 * of 2 of its compute (so the dataset size is plausibly the tokens seen). Show only these, by name.
	 */
	tokensClear: boolean;
}

function fractionalYear(date: string): number {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const start = Date.UTC(y, 0, 1);
	return y + (Date.UTC(y, m - 1, d) - start) / (Date.UTC(y + 1, 0, 1) - start);
}

export const EPOCH_SYSTEMS: readonly EpochSystem[] = compute.map((c) => {
	const s = systems.get(c.model);
	if (!s) throw new Error(`[course] epoch-systems.csv has no row for "${c.model}"`);
	const ratio = s.params && s.dataset_size ? (6 * s.params * s.dataset_size) / c.compute_flop : undefined;
	return {
		model: c.model,
		date: c.date,
		year: fractionalYear(c.date),
		domains: c.domain ? c.domain.split(',') : [],
		organization: s.organization,
		language: c.language,
		notable: c.notable,
		compute: c.compute_flop,
		confidence: c.compute_confidence,
		computeMethod: c.compute_method ? c.compute_method.split(',') : [],
		params: s.params,
		datasetSize: s.dataset_size,
		datasetUnit: s.dataset_unit,
		epochs: s.epochs,
		finetune: s.finetune,
		tokensClear: c.language && !s.finetune && s.dataset_unit === 'tokens' && ratio !== undefined && ratio >= 0.5 && ratio <= 2,
	};
});
