/**
 * KV-cache size per token for three attention designs. During generation a Transformer keeps,
 * for every past token and every layer, what later tokens attend to: the keys and values of
 * each head (multi-head attention), of fewer shared KV heads (grouped-query attention), or one
 * compressed latent vector plus a small shared RoPE key (DeepSeek's multi-head latent attention).
 * No DOM, no Plot. Sizes in bytes.
 */

export interface KvShape {
	layers: number;
	/** Query heads. */
	heads: number;
	/** Per-head dimension of keys and values. */
	headDim: number;
	/** Key/value heads for grouped-query attention (1 = multi-query attention). */
	kvHeads: number;
	/** MLA: dimension of the compressed KV latent (DeepSeek's d_c). */
	latent: number;
	/** MLA: dimension of the decoupled RoPE key shared by all heads (DeepSeek's d_h^R). */
	ropeDim: number;
	/** Bytes per stored element (BF16 = 2). */
	bytes: number;
}

/** Multi-head attention: a key and a value per head per layer, 2 × layers × heads × head_dim × bytes. */
export function mhaBytesPerToken(s: Pick<KvShape, 'layers' | 'heads' | 'headDim' | 'bytes'>): number {
	return 2 * s.layers * s.heads * s.headDim * s.bytes;
}

/** Grouped-query attention (Ainslie et al. 2023): 2 × layers × kv_heads × head_dim × bytes. */
export function gqaBytesPerToken(s: Pick<KvShape, 'layers' | 'kvHeads' | 'headDim' | 'bytes'>): number {
	return 2 * s.layers * s.kvHeads * s.headDim * s.bytes;
}

/** Multi-head latent attention (DeepSeek-V2 §2.1): layers × (latent + RoPE key dim) × bytes. */
export function mlaBytesPerToken(s: Pick<KvShape, 'layers' | 'latent' | 'ropeDim' | 'bytes'>): number {
	return s.layers * (s.latent + s.ropeDim) * s.bytes;
}

export type KvProblem = 'nonFinite' | 'notInteger' | 'nonPositive' | 'kvHeads' | 'groups';

export function kvProblem(s: KvShape): KvProblem | null {
	const values = Object.values(s) as number[];
	if (values.some((v) => !Number.isFinite(v))) return 'nonFinite';
	if (values.some((v) => !Number.isInteger(v))) return 'notInteger';
	if (s.layers < 1 || s.heads < 1 || s.headDim < 1 || s.kvHeads < 1 || s.latent < 1 || s.ropeDim < 0 || s.bytes <= 0) return 'nonPositive';
	if (s.kvHeads > s.heads) return 'kvHeads';
	if (s.heads % s.kvHeads !== 0) return 'groups';
	return null;
}

/**
 * DeepSeek-V3 (facts.md D1, report §4.2): 61 layers, 128 heads of 128, KV compression dim 512.
 * The decoupled RoPE key dim 64 is from the published configuration (V2 report §3.1.2; V3
 * config), not in facts.md.
 */
export const DEEPSEEK_V3_KV: Omit<KvShape, 'kvHeads' | 'bytes'> = { layers: 61, heads: 128, headDim: 128, latent: 512, ropeDim: 64 };

/**
 * DeepSeek-V2: from the V2 report §3.1.2 (not in facts.md): 60 layers, 128 heads of 128, KV
 * compression dim 512, decoupled RoPE key dim 64.
 */
export const DEEPSEEK_V2_KV: Omit<KvShape, 'kvHeads' | 'bytes'> = { layers: 60, heads: 128, headDim: 128, latent: 512, ropeDim: 64 };

/** V2's reported KV-cache reduction against the dense DeepSeek 67B (facts.md D3): −93.3 %. */
export const DEEPSEEK_V2_REPORTED_KV_REDUCTION = 0.933;
