/**
 * Every figure of the course, by its stable id (the anchor is `#fig-<id>` in both languages).
 * Kept free of imports so that the Markdown plugins can check `<Figure id>` without loading Plot.
 */
export const FIGURE_IDS = [
	'power-laws',
	'isoflop',
	'loss-calculator',
	'chinchilla-refit',
	'isoflop-measured',
	'ladder-prediction',
	'emergence-thresholds',
	'codex-pass-rate',
	'pythia-training',
	'metric-mirage',
	'open-models-emergence',
	'training-cost',
	'data-wall',
	'ten-x-compute',
	'compute-trend',
	'moe-params',
	'kv-cache',
	'gpu-hours',
	'repeated-data',
	'repeated-sampling',
	'r1-zero-results',
] as const;

export type FigureId = (typeof FIGURE_IDS)[number];

export function isFigureId(value: unknown): value is FigureId {
	return typeof value === 'string' && (FIGURE_IDS as readonly string[]).includes(value);
}
