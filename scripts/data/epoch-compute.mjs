/**
 * A snapshot of Epoch AI's database of AI models ("All ML Systems - full view", as committed in
 * epoch-research/training-cost-trends), reduced to what the course draws: every system with a
 * training-compute value (all domains), in upstream order. Two files, joined on `model` (unique):
 * epoch-compute.csv (date, domain, compute and Epoch's confidence in it) and epoch-systems.csv
 * (organisation, parameters, dataset size), so that each stays well under 100 KB. Cell text is
 * copied unchanged; three flags and one unit column are derived here, by the rules stated beside
 * them, so that a figure never has to parse Epoch's free-text notes.
 *
 *   node scripts/data/epoch-compute.mjs <clone of epoch-research/training-cost-trends>
 */
import { csvParse, readUpstream, source, writeCsv } from './lib.mjs';

const meta = source('epoch-compute');
const systems = csvParse(readUpstream(process.argv[2], meta.upstream).toString('utf8'));

/** Our ascii key ← upstream column, copied unchanged. */
const COPIED = {
	model: 'Model',
	date: 'Publication date',
	domain: 'Domain',
	organization: 'Organization',
	params: 'Parameters',
	compute_flop: 'Training compute (FLOP)',
	compute_confidence: 'Confidence',
	compute_method: 'Training compute estimation method',
	compute_lower: 'Training compute lower bound',
	compute_upper: 'Training compute upper bound',
	dataset_size: 'Training dataset size (datapoints)',
	epochs: 'Epochs',
};
for (const col of [...Object.values(COPIED), 'Notability criteria', 'Base model', 'Dataset size notes']) {
	if (!systems.columns.includes(col)) throw new Error(`no column "${col}" upstream`);
}

/**
 * What the dataset-size notes say the size counts: "tokens" when they mention tokens and not words,
 * "words" when words and not tokens, "both" when both, "" when neither (or no notes). A keyword rule,
 * not a reading: figure authors filter on it and check the entries they show.
 */
function datasetUnit(notes) {
	const tokens = /\btokens?\b/i.test(notes);
	const words = /\bwords?\b/i.test(notes);
	return tokens && words ? 'both' : tokens ? 'tokens' : words ? 'words' : '';
}

const withCompute = systems.filter((s) => s['Training compute (FLOP)'] !== '');
const copy = (s, keys) => keys.map((k) => s[COPIED[k]]);

// The compute-trend view: when, what domain, how much compute and how sure Epoch is of it.
writeCsv(
	meta.file,
	['model', 'date', 'domain', 'compute_flop', 'compute_confidence', 'compute_method', 'compute_lower', 'compute_upper', 'notable', 'language'],
	withCompute.map((s) => [
		...copy(s, ['model', 'date', 'domain', 'compute_flop', 'compute_confidence', 'compute_method', 'compute_lower', 'compute_upper']),
		s['Notability criteria'].trim() !== '' ? '1' : '0',
		/\bLanguage\b/.test(s.Domain) ? '1' : '0',
	]),
);
// The same systems, in the same order: who built them, their size and their training data.
writeCsv(
	source('epoch-systems').file,
	['model', 'organization', 'params', 'dataset_size', 'epochs', 'finetune', 'dataset_unit'],
	withCompute.map((s) => [
		...copy(s, ['model', 'organization', 'params', 'dataset_size', 'epochs']),
		s['Base model'].trim() !== '' ? '1' : '0',
		s['Training dataset size (datapoints)'] !== '' ? datasetUnit(s['Dataset size notes']) : '',
	]),
);
