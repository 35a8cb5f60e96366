/**
 * KV-cache memory per token (and per sequence) for multi-head attention, grouped-query attention
 * and DeepSeek's multi-head latent attention, for one model shape the reader sets.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../data/schema';
import { percent, plain } from '../../lib/format';
import {
	DEEPSEEK_V2_KV,
	DEEPSEEK_V2_REPORTED_KV_REDUCTION,
	DEEPSEEK_V3_KV,
	gqaBytesPerToken,
	type KvShape,
	kvProblem,
	mhaBytesPerToken,
	mlaBytesPerToken,
} from '../../lib/kv-cache';
import { bytes } from '../../lib/units';
import { axisScaleParam, L } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureState, type NumberParam } from '../types';

const integer = (v: number) => plain(v, 10);
const contextText = (v: number, lang: Lang) => {
	const n = v >= 1024 ? `${plain(v / 1024, 4)}K` : plain(v, 6);
	return lang === 'zh-cn' ? `${n} 词元` : `${n} tokens`;
};

function numberParam(name: string, label: NumberParam['label'], min: number, max: number, def: number): NumberParam {
	return { kind: 'number', name, label, min, max, default: def, format: integer };
}

function shapeOf(state: FigureState): KvShape {
	return {
		layers: state['layers'] as number,
		heads: state['heads'] as number,
		headDim: state['headDim'] as number,
		kvHeads: state['kvHeads'] as number,
		latent: state['latent'] as number,
		ropeDim: state['ropeDim'] as number,
		bytes: Number(state['bytes']),
	};
}

const contextOf = (state: FigureState) => Math.round(state['context'] as number);

const DESIGNS = ['MHA', 'GQA', 'MLA'] as const;
type Design = (typeof DESIGNS)[number];

function designLabel(design: Design, s: KvShape, lang: Lang): string {
	const zh = lang === 'zh-cn';
	if (design === 'MHA') return zh ? `MHA（${s.heads} 个 KV 头）` : `MHA (${s.heads} KV heads)`;
	if (design === 'GQA') return zh ? `GQA（${s.kvHeads} 个 KV 头）` : `GQA (${s.kvHeads} KV heads)`;
	return zh ? `MLA（潜在向量 ${s.latent} + RoPE ${s.ropeDim}）` : `MLA (latent ${s.latent} + RoPE ${s.ropeDim})`;
}

/** Log-axis ticks at powers of 4 KiB (1 KiB, 4 KiB, 16 KiB, …) inside the domain. */
function log4Ticks(lo: number, hi: number): number[] {
	const ticks: number[] = [];
	for (let e = -10; e <= 40; e += 2) {
		const t = 2 ** e;
		if (t >= lo && t <= hi) ticks.push(t);
	}
	return ticks;
}

/** 1, 2, 2.5, 5 × 10^k: the smallest at or above the value (linear axis maximum, in KiB). */
function linearMax(value: number): number {
	for (let e = -3; e <= 15; e++) {
		for (const s of [1, 2, 2.5, 5]) {
			const c = s * 10 ** e;
			if (c >= value * 1.02) return c;
		}
	}
	return 1e16;
}

export default defineFigure({
	id: 'kv-cache',
	title: L('KV cache per token: MHA, GQA and DeepSeek’s MLA', '每个词元的键值缓存：MHA、GQA 与 DeepSeek 的 MLA'),
	caption: L(
		'The memory a model keeps for every token of the context so that later tokens can attend to it, for three attention designs with the same layers, heads and head size. Multi-head attention (MHA) stores a key and a value for every head in every layer: 2 × layers × heads × head size × bytes. Grouped-query attention (GQA; multi-query attention when there is one KV head) shares each key/value head among a group of query heads: 2 × layers × KV heads × head size × bytes. DeepSeek’s multi-head latent attention (MLA) caches one compressed latent vector per layer plus a small RoPE key shared by all heads: layers × (latent + RoPE size) × bytes. The presets use DeepSeek’s published shapes (latent 512; the RoPE key size 64 is from the V2 report’s configuration); their GQA bar is hypothetical, since neither model uses GQA. DeepSeek-V2’s reported 93.3% smaller KV cache compares it with a different model, the dense DeepSeek 67B, not with MHA of the same shape, so it is not the ratio shown here. Sizes count only the cached vectors, in binary units (1 KiB = 1,024 bytes).',
		'模型为上下文中的每个词元保存的内存，供后续词元做注意力时使用；三种注意力设计采用相同的层数、头数和头维度。多头注意力（MHA）在每一层为每个头存一个键和一个值：2 × 层数 × 头数 × 头维度 × 字节数。分组查询注意力（GQA；只有 1 个 KV 头时即多查询注意力）让一组查询头共享同一个键/值头：2 × 层数 × KV 头数 × 头维度 × 字节数。DeepSeek 的多头潜在注意力（MLA）每层只缓存一个压缩后的潜在向量，外加一个所有头共享的小 RoPE 键：层数 ×（潜在向量维度 + RoPE 维度）× 字节数。预设使用 DeepSeek 公布的结构（潜在向量 512；RoPE 键维度 64 取自 V2 报告的配置）；两个模型都不用 GQA，所以预设中的 GQA 条形是假设情形。DeepSeek-V2 报告的键值缓存减少 93.3%，是与另一个模型（稠密的 DeepSeek 67B）相比，而不是与同样结构的 MHA 相比，因此并不是图中的比例。这里只计算缓存的向量本身，单位为二进制（1 KiB = 1024 字节）。',
	),
	sources: [
		{ k: 'deepseekv2', at: '§2.1; abstract (−93.3%)' },
		{ k: 'deepseekv3', at: '§2.1.1; §4.2' },
		{ k: 'shazeer2019' },
		{ k: 'ainslie2023' },
	],
	params: [
		numberParam('layers', L('Layers', '层数'), 1, 512, DEEPSEEK_V3_KV.layers),
		numberParam('heads', L('Attention heads', '注意力头数'), 1, 1024, DEEPSEEK_V3_KV.heads),
		numberParam('headDim', L('Head size', '头维度'), 1, 1024, DEEPSEEK_V3_KV.headDim),
		numberParam('kvHeads', L('KV heads (GQA)', 'KV 头数（GQA）'), 1, 1024, 8),
		numberParam('latent', L('Latent size (MLA)', '潜在向量维度（MLA）'), 1, 16384, DEEPSEEK_V3_KV.latent),
		numberParam('ropeDim', L('RoPE key size (MLA)', 'RoPE 键维度（MLA）'), 0, 1024, DEEPSEEK_V3_KV.ropeDim),
		{
			kind: 'choice',
			name: 'bytes',
			label: L('Bytes per element', '每个元素的字节数'),
			default: '2',
			options: [
				{ value: '4', label: L('FP32 (4 bytes)', 'FP32（4 字节）') },
				{ value: '2', label: L('BF16 / FP16 (2 bytes)', 'BF16 / FP16（2 字节）') },
				{ value: '1', label: L('FP8 (1 byte)', 'FP8（1 字节）') },
			],
		},
		{ kind: 'range', name: 'context', label: L('Context length', '上下文长度'), min: 1024, max: 1048576, step: Math.log10(2), log: true, default: 131072, format: contextText },
		axisScaleParam('scale', L('Memory axis', '内存坐标轴'), 'linear'),
	],
	presets: [
		{ id: 'deepseek-v3', label: L('DeepSeek-V3', 'DeepSeek-V3'), state: { ...DEEPSEEK_V3_KV } },
		{ id: 'deepseek-v2', label: L('DeepSeek-V2', 'DeepSeek-V2'), state: { ...DEEPSEEK_V2_KV } },
	],
	problem(state, lang) {
		const zh = lang === 'zh-cn';
		const ctx = state['context'] as number;
		if (!Number.isFinite(ctx) || ctx < 1) return zh ? '上下文长度必须至少为 1 个词元。' : 'The context length must be at least one token.';
		switch (kvProblem(shapeOf(state))) {
			case 'nonFinite':
				return zh ? '每个输入都必须是有限的数字。' : 'Every input must be a finite number.';
			case 'notInteger':
				return zh ? '层数、头数和各项维度都必须是整数。' : 'Layers, heads and sizes must be whole numbers.';
			case 'nonPositive':
				return zh ? '层数、头数、头维度、KV 头数和潜在向量维度至少为 1，RoPE 维度不能为负。' : 'Layers, heads, head size, KV heads and latent size must be at least 1, and the RoPE size cannot be negative.';
			case 'kvHeads':
				return zh ? 'KV 头数不能多于注意力头数。' : 'There cannot be more KV heads than attention heads.';
			case 'groups':
				return zh ? 'GQA 要求注意力头数是 KV 头数的整数倍（每个 KV 头服务一整组查询头）。' : 'Grouped-query attention needs the number of heads to be a multiple of the KV heads (each KV head serves a whole group of query heads).';
			default:
				return null;
		}
	},
	data(state) {
		const columns = [
			{ key: 'design', label: L('Attention design', '注意力设计') },
			{ key: 'bytes_per_token', label: L('KV cache per token (bytes)', '每词元键值缓存（字节）'), format: (v: number) => `${plain(v, 10)} (${bytes(v)})` },
			{ key: 'bytes_per_sequence', label: L('KV cache per sequence (bytes)', '每条序列键值缓存（字节）'), format: (v: number) => bytes(v) },
			{ key: 'ratio_to_mha', label: L('Relative to MHA', '相对 MHA'), format: (v: number) => percent(v, 2) },
		];
		const s = shapeOf(state);
		const ctx = contextOf(state);
		if (kvProblem(s) || !(ctx >= 1)) return { columns, rows: [] };
		const mha = mhaBytesPerToken(s);
		const perToken: Record<Design, number> = { MHA: mha, GQA: gqaBytesPerToken(s), MLA: mlaBytesPerToken(s) };
		return {
			columns,
			rows: DESIGNS.map((design) => ({ design, bytes_per_token: perToken[design], bytes_per_sequence: perToken[design] * ctx, ratio_to_mha: perToken[design] / mha })),
		};
	},
	plots(state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const s = shapeOf(state);
		const log = state['scale'] === 'log';
		const rows = data.rows.map((r) => ({ label: designLabel(r['design'] as Design, s, lang), kib: (r['bytes_per_token'] as number) / 1024, bytes: r['bytes_per_token'] as number, design: r['design'] as string }));
		const kibs = rows.map((r) => r.kib);
		const hi = Math.max(...kibs);
		const lo = Math.min(...kibs);
		const domain: [number, number] = log ? [2 ** Math.floor(Math.log2(lo) - 1), 2 ** Math.ceil(Math.log2(hi) + 1)] : [0, linearMax(hi)];
		const colors: Record<string, string> = { MHA: PALETTE[0], GQA: PALETTE[3], MLA: PALETTE[1] };
		return [
			{
				height: 200,
				marginLeft: 210,
				marginRight: 80,
				marginBottom: 42,
				x: {
					type: log ? 'log' : 'linear',
					// Base 2 so Plot labels every power-of-4 tick (with base 10 it blanks labels such as 64).
					...(log ? { base: 2 } : {}),
					domain,
					grid: true,
					label: zh ? `每个词元的键值缓存（KiB，${log ? '对数' : '线性'}坐标）` : `KV cache per token (KiB, ${log ? 'log' : 'linear'} scale)`,
					...(log ? { ticks: log4Ticks(domain[0], domain[1]) } : { ticks: 5 }),
					tickFormat: (v: number) => plain(v, 4),
				},
				y: { domain: rows.map((r) => r.label), label: null },
				marks: [
					Plot.barX(rows, { x1: domain[0], x2: 'kib', y: 'label', fill: (r: { design: string }) => colors[r.design] ?? 'currentColor', insetTop: 6, insetBottom: 6, clip: true }),
					Plot.text(rows, { x: 'kib', y: 'label', text: (r: { bytes: number }) => bytes(r.bytes), dx: 4, textAnchor: 'start', fontSize: 12, fill: 'currentColor' }),
				],
			},
		];
	},
	describe(state, data, lang) {
		const [mha, gqa, mla] = data.rows.map((r) => r['bytes_per_token'] as number);
		if (mha === undefined || gqa === undefined || mla === undefined) return '';
		const s = shapeOf(state);
		const ctx = contextText(contextOf(state), lang);
		return lang === 'zh-cn'
			? `${s.layers} 层、${s.heads} 个头、头维度 ${s.headDim}、每元素 ${s.bytes} 字节：每个词元的键值缓存 MHA 为 ${bytes(mha)}，GQA（${s.kvHeads} 个 KV 头）为 ${bytes(gqa)}，MLA（潜在向量 ${s.latent} + RoPE ${s.ropeDim}）为 ${bytes(mla)}，是 MHA 的 ${percent(mla / mha, 2)}。上下文为 ${ctx}时，每条序列分别为 ${bytes(mha * contextOf(state))}、${bytes(gqa * contextOf(state))}、${bytes(mla * contextOf(state))}。`
			: `${s.layers} layers, ${s.heads} heads of size ${s.headDim}, ${s.bytes} bytes per element: KV cache per token is ${bytes(mha)} with MHA, ${bytes(gqa)} with GQA (${s.kvHeads} KV heads) and ${bytes(mla)} with MLA (latent ${s.latent} + RoPE ${s.ropeDim}), ${percent(mla / mha, 2)} of MHA. For a context of ${ctx} that is ${bytes(mha * contextOf(state))}, ${bytes(gqa * contextOf(state))} and ${bytes(mla * contextOf(state))} per sequence.`;
	},
	readout(state, data, lang) {
		const zh = lang === 'zh-cn';
		const s = shapeOf(state);
		const ctx = contextText(contextOf(state), lang);
		const items = data.rows.map((r) => ({
			label: designLabel(r['design'] as Design, s, lang),
			value: zh
				? `每词元 ${bytes(r['bytes_per_token'] as number)}；每条序列（${ctx}）${bytes(r['bytes_per_sequence'] as number)}`
				: `${bytes(r['bytes_per_token'] as number)} per token; ${bytes(r['bytes_per_sequence'] as number)} per sequence of ${ctx}`,
		}));
		const mla = data.rows.find((r) => r['design'] === 'MLA')?.['ratio_to_mha'];
		const gqa = data.rows.find((r) => r['design'] === 'GQA')?.['ratio_to_mha'];
		if (typeof mla === 'number' && typeof gqa === 'number') {
			items.push({
				label: zh ? '相对同结构 MHA' : 'Relative to MHA of the same shape',
				value: zh ? `GQA ${percent(gqa, 2)}，MLA ${percent(mla, 2)}（减少 ${percent(1 - mla)}）` : `GQA ${percent(gqa, 2)}, MLA ${percent(mla, 2)} (${percent(1 - mla)} smaller)`,
			});
			items.push({
				label: zh ? 'V2 报告值（对比的是另一个模型）' : 'V2’s reported figure (a different comparison)',
				value: zh ? `比稠密的 DeepSeek 67B 减少 ${percent(DEEPSEEK_V2_REPORTED_KV_REDUCTION)}` : `${percent(DEEPSEEK_V2_REPORTED_KV_REDUCTION)} smaller than the dense DeepSeek 67B`,
			});
		}
		return items;
	},
});
