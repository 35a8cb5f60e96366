/**
 * Parameter counts of a mixture-of-experts (MoE) Transformer: total parameters (all stored
 * weights) and active parameters (the weights one token passes through). No DOM, no Plot.
 *
 * The estimate counts the big matrices only: attention, gated (SwiGLU-style, three-matrix) FFNs
 * of the dense layers, shared and routed experts, and untied input and output embeddings. It
 * ignores small terms (norms, biases, router weights), so it is a slight underestimate.
 */

export interface MoeConfig {
	/** Transformer layers. */
	layers: number;
	/** Layers whose FFN is an ordinary dense FFN (the rest are MoE layers). */
	denseLayers: number;
	/** Routed experts per MoE layer. */
	routedExperts: number;
	/** Routed experts each token is sent to. */
	activeExperts: number;
	/** Shared experts per MoE layer (every token uses them). */
	sharedExperts: number;
	/** Hidden size of one expert's FFN. */
	expertFfn: number;
	/** Hidden size of a dense layer's FFN. */
	denseFfn: number;
	/** Model width d_model. */
	dModel: number;
	/** Attention parameters per layer (all projections). */
	attentionPerLayer: number;
	/** Vocabulary size (input embedding and output head, untied). */
	vocab: number;
}

export const MOE_COMPONENTS = ['attention', 'denseFfn', 'sharedExperts', 'routedExperts', 'embeddings'] as const;
export type MoeComponent = (typeof MOE_COMPONENTS)[number];

export interface MoeCount {
	total: Record<MoeComponent, number>;
	active: Record<MoeComponent, number>;
	totalSum: number;
	activeSum: number;
}

/** Parameters of one gated FFN: three d_model × hidden matrices (gate, up, down). */
export function gatedFfnParams(dModel: number, hidden: number): number {
	return 3 * dModel * hidden;
}

export function moeParams(c: MoeConfig): MoeCount {
	const moeLayers = c.layers - c.denseLayers;
	const expert = gatedFfnParams(c.dModel, c.expertFfn);
	const attention = c.layers * c.attentionPerLayer;
	const denseFfn = c.denseLayers * gatedFfnParams(c.dModel, c.denseFfn);
	const shared = moeLayers * c.sharedExperts * expert;
	const embeddings = 2 * c.vocab * c.dModel;
	const total = { attention, denseFfn, sharedExperts: shared, routedExperts: moeLayers * c.routedExperts * expert, embeddings };
	const active = { attention, denseFfn, sharedExperts: shared, routedExperts: moeLayers * c.activeExperts * expert, embeddings };
	const sum = (r: Record<MoeComponent, number>) => MOE_COMPONENTS.reduce((s, k) => s + r[k], 0);
	return { total, active, totalSum: sum(total), activeSum: sum(active) };
}

/** Forward-pass FLOPs per token ≈ 2 × active parameters (one multiply and one add per weight). */
export function flopsPerToken(activeParams: number): number {
	return 2 * activeParams;
}

export type MoeProblem = 'nonFinite' | 'notInteger' | 'layers' | 'denseLayers' | 'routed' | 'active' | 'size';

/** Why a configuration is impossible, or null. */
export function moeProblem(c: MoeConfig): MoeProblem | null {
	const values = Object.values(c) as number[];
	if (values.some((v) => !Number.isFinite(v))) return 'nonFinite';
	if (values.some((v) => !Number.isInteger(v))) return 'notInteger';
	if (c.layers < 1) return 'layers';
	if (c.denseLayers < 0 || c.denseLayers > c.layers) return 'denseLayers';
	if (c.dModel < 1 || c.expertFfn < 1 || c.denseFfn < 1 || c.attentionPerLayer < 0 || c.vocab < 1 || c.sharedExperts < 0) return 'size';
	if (c.denseLayers < c.layers && c.routedExperts < 1) return 'routed';
	if (c.activeExperts < 1 || c.activeExperts > c.routedExperts) return 'active';
	return null;
}

/**
 * Attention parameters per layer of multi-head latent attention (MLA, DeepSeek-V2 §2.1):
 * query down/up projections (with query compression), the joint KV down-projection plus the
 * decoupled RoPE key, the KV up-projection to per-head keys and values, and the output.
 */
export function mlaAttentionParams(a: { dModel: number; heads: number; qLora: number; kvLora: number; nopeDim: number; ropeDim: number; vDim: number }): number {
	const qDown = a.dModel * a.qLora;
	const qUp = a.qLora * a.heads * (a.nopeDim + a.ropeDim);
	const kvDown = a.dModel * (a.kvLora + a.ropeDim);
	const kvUp = a.kvLora * a.heads * (a.nopeDim + a.vDim);
	const out = a.heads * a.vDim * a.dModel;
	return qDown + qUp + kvDown + kvUp + out;
}

/** Attention parameters per layer with grouped-query attention (GQA; MHA when kvHeads = heads). */
export function gqaAttentionParams(a: { dModel: number; heads: number; kvHeads: number; headDim: number }): number {
	return 2 * a.dModel * a.heads * a.headDim + 2 * a.dModel * a.kvHeads * a.headDim;
}

/**
 * DeepSeek-V3. From facts.md D1 (report §4.2, p. 22): 61 layers, hidden 7,168, first 3 layers
 * dense, 1 shared + 256 routed experts with 8 active, expert hidden dim 2,048, 128 heads of 128,
 * KV compression 512, query compression 1,536.
 * Published model config, not in facts.md: dense FFN 18,432; vocabulary 129,280; decoupled RoPE
 * key/query dim 64; value head dim 128.
 */
export const DEEPSEEK_V3: MoeConfig = {
	layers: 61,
	denseLayers: 3,
	routedExperts: 256,
	activeExperts: 8,
	sharedExperts: 1,
	expertFfn: 2048,
	denseFfn: 18432,
	dModel: 7168,
	attentionPerLayer: mlaAttentionParams({ dModel: 7168, heads: 128, qLora: 1536, kvLora: 512, nopeDim: 128, ropeDim: 64, vDim: 128 }),
	vocab: 129280,
};

/**
 * DeepSeek-V2. From facts.md D3 (report p. 12): 2 shared + 160 routed experts, 6 active, all
 * FFNs but the first layer's are MoE.
 * Published model config (V2 report §3.1.2 / config.json), not in facts.md: 60 layers, d_model
 * 5,120, expert hidden 1,536, dense FFN 12,288, 128 heads of 128, KV compression 512, query
 * compression 1,536, RoPE dim 64, vocabulary 102,400.
 */
export const DEEPSEEK_V2: MoeConfig = {
	layers: 60,
	denseLayers: 1,
	routedExperts: 160,
	activeExperts: 6,
	sharedExperts: 2,
	expertFfn: 1536,
	denseFfn: 12288,
	dModel: 5120,
	attentionPerLayer: mlaAttentionParams({ dModel: 5120, heads: 128, qLora: 1536, kvLora: 512, nopeDim: 128, ropeDim: 64, vDim: 128 }),
	vocab: 102400,
};

/**
 * Mixtral 8x7B. Published model config (Jiang et al. 2024, Table 1 / config.json), not in
 * facts.md: 32 layers, d_model 4,096, 8 experts with FFN 14,336, 2 active, 32 query heads and
 * 8 KV heads of 128, vocabulary 32,000. Every layer is MoE; there are no shared experts (the
 * dense-FFN size is unused because no layer is dense).
 */
export const MIXTRAL_8X7B: MoeConfig = {
	layers: 32,
	denseLayers: 0,
	routedExperts: 8,
	activeExperts: 2,
	sharedExperts: 0,
	expertFfn: 14336,
	denseFfn: 14336,
	dModel: 4096,
	attentionPerLayer: gqaAttentionParams({ dModel: 4096, heads: 32, kvHeads: 8, headDim: 128 }),
	vocab: 32000,
};

/** The totals the developers reported (facts.md D1, D3, E17). */
export const MOE_REPORTED = {
	deepseekV3: { total: 671e9, active: 37e9 },
	deepseekV2: { total: 236e9, active: 21e9 },
	mixtral: { total: 47e9, active: 13e9 },
} as const;
