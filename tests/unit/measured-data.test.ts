/**
 * Every measured dataset is traceable: each CSV in src/data/measured/ has a provenance record, its
 * bytes match the recorded sha256, its rows match the recorded count and parse with the dataset's
 * row schema, its columns are the documented ones, and the paper it credits is in the bibliography.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CHINCHILLA_RUNS } from '../../src/data/measured/chinchilla';
import { EPOCH_SYSTEMS } from '../../src/data/measured/epoch';
import { OBSSCALING_MODELS } from '../../src/data/measured/obsscaling';
import { OLMO_CHECKPOINTS, OLMO_RUNS } from '../../src/data/measured/olmo';
import { PORIAN_CONFIGS, PORIAN_OPTIMA, PORIAN_POINTS } from '../../src/data/measured/porian';
import { PYTHIA_EVALS, PYTHIA_MODELS } from '../../src/data/measured/pythia';
import { csvHeader, parseCsv } from '../../src/data/measured/csv';
import { type DatasetId, ROW_SCHEMAS } from '../../src/data/measured/schemas';
import { rowsModule } from '../../src/plugins/measured-rows';
import { SOURCES } from '../../src/data/measured/sources';
import { references } from '../../src/data/references';

const DIR = new URL('../../src/data/measured/', import.meta.url);
const csvFiles = readdirSync(DIR).filter((f) => f.endsWith('.csv'));

describe('measured datasets', () => {
	test('every committed CSV has exactly one provenance record, and every record a CSV', () => {
		expect(csvFiles.length).toBeGreaterThan(0);
		expect(SOURCES.map((s) => s.file).sort()).toEqual([...csvFiles].sort());
		expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length);
	});

	for (const source of SOURCES) {
		describe(source.id, () => {
			const bytes = readFileSync(new URL(source.file, DIR));
			const text = bytes.toString('utf8');

			test('its bytes match the recorded sha256', () => {
				expect(createHash('sha256').update(bytes).digest('hex')).toBe(source.sha256);
			});

			test('its columns are the documented ones, in order', () => {
				expect(csvHeader(text)).toEqual(source.columns.map((c) => c.key));
			});

			test('every row parses with its schema, and the row count is the recorded one', () => {
				const schema = ROW_SCHEMAS[source.id as keyof typeof ROW_SCHEMAS];
				expect(schema, `add a row schema for ${source.id} to src/data/measured/schemas.ts`).toBeDefined();
				expect(parseCsv(text, schema, source.file)).toHaveLength(source.rows);
			});

			test('it credits a paper in the bibliography and names its regeneration script', () => {
				expect(references.map((r) => r.key)).toContain(source.paper);
				const script = source.regenerate.split(' ')[1] ?? '';
				expect(existsSync(new URL(`../../${script}`, import.meta.url)), script).toBe(true);
			});
		});
	}

	test('a malformed cell fails with the file, row and column named', () => {
		const bad = 'params_N,flops_C,loss_nats\n1e9,1e20,2.5\n1e9,abc,2.5\n';
		expect(() => parseCsv(bad, ROW_SCHEMAS['chinchilla-fig4'], 'x.csv')).toThrow(/x\.csv, data row 2, column flops_C/);
	});
});

describe('the Chinchilla Figure 4 extraction', () => {
	test('has the 245 points of the replication, with tokens derived as C / 6N', () => {
		expect(CHINCHILLA_RUNS).toHaveLength(245);
		for (const run of CHINCHILLA_RUNS) expect(Math.abs((6 * run.n * run.d) / run.c - 1)).toBeLessThan(1e-12);
		// The first and last rows of the replication notebook's table (data_analysis.ipynb, cell 4).
		expect(CHINCHILLA_RUNS[0]?.d).toBeCloseTo(2.45106e8, -3);
		expect(CHINCHILLA_RUNS[244]?.d).toBeCloseTo(3.177545e11, -6);
	});

	test('lies within the ranges Hoffmann et al. trained: about 70M to 16B parameters (the smallest point reads 57M)', () => {
		const n = CHINCHILLA_RUNS.map((r) => r.n);
		const loss = CHINCHILLA_RUNS.map((r) => r.loss);
		expect(Math.min(...n)).toBeCloseTo(5.73e7, -5);
		expect(Math.max(...n)).toBeCloseTo(1.618e10, -7);
		expect(Math.min(...loss)).toBeCloseTo(2.077, 3);
		expect(Math.max(...loss)).toBeCloseTo(5.006, 3);
	});
});

describe('provenance records', () => {
	test('every upstream file is pinned to a full commit and hashed; folder sources list each file read once', () => {
		for (const source of SOURCES) {
			const upstreams = Array.isArray(source.upstream) ? source.upstream : [source.upstream];
			for (const u of upstreams) {
				expect(u.commit, source.id).toMatch(/^[0-9a-f]{40}$/);
				if (u.files) expect(new Set(u.files.map((f) => f.path)).size, source.id).toBe(u.files.length);
			}
			expect(source.credit.en, source.id).toMatch(/commit [0-9a-f]{7}/);
			expect(source.credit['zh-cn'], source.id).toMatch(/提交 [0-9a-f]{7}/);
		}
	});
});

describe("Porian et al.'s iso-FLOP data", () => {
	const byConfig = (id: string) => PORIAN_POINTS.filter((p) => p.config === id);

	test('has the 11 configurations, each with points at 11–12 budgets, and D = C / 6N', () => {
		expect(PORIAN_CONFIGS.map((c) => c.id)).toEqual(['rw-kaplan', 'rw-head', 'rw-warmup', 'rw-cosine', 'rw-tuned', 'owt2-kaplan', 'owt2-head', 'owt2-warmup', 'owt2-cosine', 'owt2-tuned', 'rw-kaplan-adjusted']);
		for (const config of PORIAN_CONFIGS) {
			const budgets = new Set(byConfig(config.id).map((p) => p.c));
			expect(budgets.size, config.id).toBeGreaterThanOrEqual(11);
			for (const c of budgets) expect(Math.log2(c / 1.25e16) % 1, config.id).toBe(0);
		}
		for (const p of PORIAN_POINTS) expect(Math.abs((6 * p.n * p.d) / p.c - 1)).toBeLessThan(1e-12);
	});

	test('the points flagged in_fit are exactly the budgets of the paper’s optima', () => {
		const fitted = new Set(PORIAN_OPTIMA.map((o) => `${o.config} ${o.c}`));
		const flagged = new Set(PORIAN_POINTS.filter((p) => p.inFit).map((p) => `${p.config} ${p.c}`));
		expect(flagged).toEqual(fitted);
		// With the last layer counted, the smallest budget has its minimum at the edge: the paper drops it.
		expect(byConfig('rw-head').some((p) => p.c === 1.25e16 && !p.inFit)).toBe(true);
		for (const config of PORIAN_CONFIGS) expect(PORIAN_OPTIMA.filter((o) => o.config === config.id)).toHaveLength(config.paper.budgets);
	});

	test('a weighted least-squares fit of ln N* on ln C (weights 1/sd²) reproduces every exponent the paper prints', () => {
		for (const config of PORIAN_CONFIGS) {
			const optima = PORIAN_OPTIMA.filter((o) => o.config === config.id);
			const w = optima.map((o) => 1 / o.logSd ** 2);
			const x = optima.map((o) => Math.log(o.c));
			const y = optima.map((o) => Math.log(o.nOpt));
			const sw = w.reduce((a, b) => a + b, 0);
			const mx = x.reduce((s, xi, i) => s + (w[i] ?? 0) * xi, 0) / sw;
			const my = y.reduce((s, yi, i) => s + (w[i] ?? 0) * yi, 0) / sw;
			const sxy = x.reduce((s, xi, i) => s + (w[i] ?? 0) * (xi - mx) * ((y[i] ?? 0) - my), 0);
			const sxx = x.reduce((s, xi, i) => s + (w[i] ?? 0) * (xi - mx) ** 2, 0);
			expect(Number((sxy / sxx).toPrecision(3)), config.id).toBe(config.paper.a);
			expect(config.paper.lo).toBeLessThanOrEqual(config.paper.a);
			expect(config.paper.hi).toBeGreaterThanOrEqual(config.paper.a);
		}
	});

	test('matches Table 1 as transcribed: Kaplan\'s setup gives 0.84–0.86, the tuned one about 0.5', () => {
		const a = (id: string) => PORIAN_CONFIGS.find((c) => c.id === id)?.paper;
		expect(a('rw-kaplan')).toMatchObject({ a: 0.835, lo: 0.82, hi: 0.85 });
		expect(a('owt2-kaplan')).toMatchObject({ a: 0.864, lo: 0.82, hi: 0.9 });
		expect(a('rw-tuned')).toMatchObject({ a: 0.497, lo: 0.49, hi: 0.5 });
		expect(a('owt2-tuned')).toMatchObject({ a: 0.518, lo: 0.49, hi: 0.54 });
		expect(a('rw-cosine')).toMatchObject({ a: 0.571, lo: 0.56, hi: 0.59 });
	});
});

describe('the OLMo ladder', () => {
	const ladder = OLMO_RUNS.filter((r) => r.role === 'ladder');

	test('has 4 sizes × 1, 2, 5, 10 × Chinchilla-optimal tokens (20 per parameter), and the 7B and 13B targets', () => {
		expect(new Set(ladder.map((r) => r.size))).toEqual(new Set(['190M', '370M', '760M', '1.3B']));
		expect(ladder).toHaveLength(16);
		for (const run of ladder) expect(run.d / (20 * run.n) / (run.multiple ?? Number.NaN)).toBeCloseTo(1, 2);
		const targets = OLMO_RUNS.filter((r) => r.role === 'target');
		expect(targets.map((r) => r.size)).toEqual(['7B-4T', '13B-5T']);
		// The paper's chained-prediction command for the 13B target: -n 13202396160 -d 5000088518656.
		expect(targets[1]).toMatchObject({ n: 13202396160, d: 5000088518656 });
		expect(targets[0]?.d).toBeCloseTo(3.945e12, -9);
	});

	test('C is D times one FLOPs-per-token value per size, and the loss falls with size and tokens', () => {
		for (const size of ['190M', '370M', '760M', '1.3B', '7B-4T', '13B-5T']) {
			const perToken = new Set(OLMO_CHECKPOINTS.filter((c) => c.size === size).map((c) => c.c / c.d));
			expect(perToken.size, size).toBe(1);
		}
		const loss = (size: string, m: number) => ladder.find((r) => r.size === size && r.multiple === m)?.loss ?? Number.NaN;
		expect(loss('190M', 10)).toBeLessThan(loss('190M', 1));
		expect(loss('1.3B', 1)).toBeLessThan(loss('190M', 1));
		expect(OLMO_CHECKPOINTS.filter((c) => c.final)).toHaveLength(18);
	});
});

describe('Ruan et al.’s open-model evaluations', () => {
	test('has the 84 base models of the emergent-capability file, with families as upstream', () => {
		expect(OBSSCALING_MODELS).toHaveLength(84);
		const count = (family: string) => OBSSCALING_MODELS.filter((m) => m.family === family).length;
		expect([count('Pythia'), count('OPT'), count('Qwen1.5'), count('Llama-2')]).toEqual([8, 8, 8, 3]);
	});

	test('its FLOPs are 6ND where tokens are known, and missing values stay missing', () => {
		const known = OBSSCALING_MODELS.filter((m) => m.c !== undefined);
		expect(known).toHaveLength(73);
		for (const m of known) expect((6 * m.n * (m.d ?? Number.NaN)) / (m.c ?? Number.NaN)).toBeCloseTo(1, 6);
		const llama7 = OBSSCALING_MODELS.find((m) => m.model === 'meta-llama/Llama-2-7b-hf');
		expect(llama7?.c).toBeCloseTo(8.4e22, -19);
		expect(llama7?.emergent.ipaBleu).toBeCloseTo(27.2388, 4);
		expect(OBSSCALING_MODELS.find((m) => m.model === 'Qwen/Qwen2-7B')?.emergent.ipaExactMatch).toBeUndefined();
	});
});

describe('the Pythia evaluations', () => {
	test('cover the 8 standard models at 27 zero-shot and 15 five-shot checkpoints', () => {
		for (const model of PYTHIA_MODELS) {
			expect(PYTHIA_EVALS.filter((e) => e.model === model && e.shots === 0), model).toHaveLength(27);
			expect(PYTHIA_EVALS.filter((e) => e.model === model && e.shots === 5), model).toHaveLength(15);
		}
	});

	test('the final checkpoint is 143,000 steps = 299,892,736,000 tokens, and Pythia-12B reaches 70.5% on LAMBADA zero-shot', () => {
		const final = PYTHIA_EVALS.find((e) => e.model === 'pythia-12b' && e.shots === 0 && e.step === 143000);
		expect(final?.tokens).toBe(299_892_736_000);
		expect(final?.tasks.lambada_openai.acc).toBeCloseTo(0.7046, 4);
		expect(final?.tasks.lambada_openai.stderr).toBeCloseTo(0.0064, 4);
		// Untrained (step 0), no LAMBADA answer is right.
		const start = PYTHIA_EVALS.find((e) => e.model === 'pythia-12b' && e.shots === 0 && e.step === 0);
		expect(start?.tasks.lambada_openai.acc).toBe(0);
	});
});

describe('the Epoch AI snapshot', () => {
	test('has the 988 systems with a compute value, joined one to one on a unique model name', () => {
		expect(EPOCH_SYSTEMS).toHaveLength(988);
		expect(new Set(EPOCH_SYSTEMS.map((s) => s.model)).size).toBe(988);
		expect(EPOCH_SYSTEMS.filter((s) => s.language)).toHaveLength(609);
		expect(EPOCH_SYSTEMS.filter((s) => s.notable)).toHaveLength(484);
	});

	test('GPT-4 carries Epoch’s 2.1e25 FLOP estimate, marked speculative (facts.md); Chinchilla its reported 5.76e23', () => {
		expect(EPOCH_SYSTEMS.find((s) => s.model === 'GPT-4')).toMatchObject({ compute: 2.1e25, confidence: 'Speculative', date: '2023-03-15' });
		expect(EPOCH_SYSTEMS.find((s) => s.model === 'Chinchilla')).toMatchObject({ compute: 5.76e23, params: 7e10, computeMethod: ['Reported'] });
	});

	test('the tokens-per-parameter rule keeps only language pretraining runs whose size is tokens seen', () => {
		const clear = EPOCH_SYSTEMS.filter((s) => s.tokensClear);
		expect(clear.length).toBeGreaterThan(50);
		for (const s of clear) {
			expect(s.language && !s.finetune && s.datasetUnit === 'tokens').toBe(true);
			const ratio = (6 * (s.params ?? 0) * (s.datasetSize ?? 0)) / s.compute;
			expect(ratio).toBeGreaterThanOrEqual(0.5);
			expect(ratio).toBeLessThanOrEqual(2);
		}
		// Chinchilla's recorded size is in words (1.05e12 ≈ 0.75 × 1.4e12 tokens): the rule leaves it out.
		expect(clear.map((s) => s.model)).not.toContain('Chinchilla');
		expect(clear.map((s) => s.model)).toContain('OLMo-7B');
	});
});

describe('figures that draw measured data', () => {
	test('name datasets that exist, so their credit lines can be shown', async () => {
		const { FIGURE_IDS } = await import('../../src/figures/ids');
		const { loadFigure } = await import('../../src/figures/registry');
		const ids = new Set(SOURCES.map((s) => s.id));
		for (const id of FIGURE_IDS) {
			const def = await loadFigure(id);
			for (const dataset of def.datasets ?? []) expect(ids.has(dataset), `${id} draws unknown dataset ${dataset}`).toBe(true);
		}
	});
});

describe('the `?rows` modules figures import (src/plugins/measured-rows.ts)', () => {
	// Vite serves each CSV here as its validated rows, exactly as the figures and the worker get them.
	const modules = import.meta.glob<unknown>('../../src/data/measured/*.csv', { query: '?rows', import: 'default', eager: true });

	test('every CSV has one, and it holds exactly the rows its schema outputs', () => {
		expect(Object.keys(modules).map((k) => k.replace(/^.*\//, '')).sort()).toEqual([...csvFiles].sort());
		for (const source of SOURCES) {
			const rows = modules[`../../src/data/measured/${source.file}`];
			const expected = parseCsv(readFileSync(new URL(source.file, DIR), 'utf8'), ROW_SCHEMAS[source.id as DatasetId], source.file);
			// JSON has no `undefined`: an empty optional cell is an absent key, which reads the same.
			expect(rows, source.file).toEqual(JSON.parse(JSON.stringify(expected)));
			expect((rows as unknown[]).length, source.file).toBe(source.rows);
		}
	});

	test('a malformed CSV fails the build with the file, row and column named', () => {
		const bad = 'params_N,flops_C,loss_nats\n1e9,1e20,2.5\n1e9,1e20,-2\n';
		expect(() => rowsModule('/x/chinchilla-fig4.csv', bad)).toThrow(/chinchilla-fig4\.csv, data row 2, column loss_nats/);
		expect(() => rowsModule('/x/unknown-data.csv', bad)).toThrow(/no row schema named "unknown-data"/);
	});

	test('the module is the rows as JSON, which the browser parses without Zod or a CSV parser', () => {
		const text = rowsModule('/x/chinchilla-fig4.csv', 'params_N,flops_C,loss_nats\n1e9,1e20,2.5\n');
		expect(text).toBe(`export default JSON.parse(${JSON.stringify('[{"params_N":1000000000,"flops_C":100000000000000000000,"loss_nats":2.5}]')});\n`);
	});
});
