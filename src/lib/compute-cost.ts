/**
 * Training compute, GPU-hours, wall-clock time and rental cost, plus the training budgets the
 * model developers themselves reported (facts.md A4, D1, D3, D4). No DOM, no Plot.
 *
 * Units: FLOPs, FLOP/s, GPU-hours, days, US dollars. Utilisation is a fraction (0.4 = 40 %).
 */
import { trainingFlops } from './scaling';

export interface CostInput {
	/** Parameters per token: for a mixture-of-experts model, the ACTIVE parameters. */
	n: number;
	/** Training tokens. */
	d: number;
	/** Peak throughput of one GPU, FLOP/s. */
	peakFlops: number;
	/** Fraction of the peak actually achieved, in (0, 1]. */
	utilisation: number;
	gpus: number;
	/** Rental price per GPU-hour, US$. */
	pricePerGpuHour: number;
}

export interface CostEstimate {
	flops: number;
	gpuHours: number;
	days: number;
	cost: number;
}

export type CostProblem = 'n' | 'd' | 'peak' | 'utilisation' | 'gpus' | 'price';

/** The first input that makes the estimate meaningless (zero, negative, non-finite, > 100 %), or null. */
export function costProblem(input: CostInput): CostProblem | null {
	const positive = (v: number) => Number.isFinite(v) && v > 0;
	if (!positive(input.n)) return 'n';
	if (!positive(input.d)) return 'd';
	if (!positive(input.peakFlops)) return 'peak';
	if (!positive(input.utilisation) || input.utilisation > 1) return 'utilisation';
	if (!positive(input.gpus) || !Number.isInteger(input.gpus)) return 'gpus';
	if (!Number.isFinite(input.pricePerGpuHour) || input.pricePerGpuHour < 0) return 'price';
	return null;
}

/**
 * FLOPs = 6ND; GPU-hours = FLOPs / (peak × utilisation × 3600 s);
 * days = GPU-hours / GPUs / 24; cost = GPU-hours × price.
 */
export function trainingCost(input: CostInput): CostEstimate {
	const flops = trainingFlops(input.n, input.d);
	const gpuHours = flops / (input.peakFlops * input.utilisation * 3600);
	return { flops, gpuHours, days: gpuHours / input.gpus / 24, cost: gpuHours * input.pricePerGpuHour };
}

/** Reported training compute of GPT-3: 3.14×10²³ FLOPs (Brown et al. 2020, Table D.1; facts.md B4, [S]). */
export const GPT3_REPORTED_FLOPS = 3.14e23;

/** Gopher's training compute, which Chinchilla matched (Hoffmann et al. 2022, Table 3; facts.md A2). */
export const GOPHER_FLOPS = 5.76e23;

/** Llama 3.1 405B: 3.8×10²⁵ FLOPs (Llama 3 paper) and 30.84M H100-80GB GPU-hours (model card). */
export const LLAMA31_405B = { flops: 3.8e25, gpuHours: 30.84e6 } as const;

/**
 * DeepSeek-V3 Technical Report, Table 1 (p. 5): H800 GPU-hours per stage, priced at an assumed
 * rental of US$2 per GPU-hour. The stated total is 2,788K GPU-hours = US$5.576M.
 */
export const DEEPSEEK_V3_STAGES = [
	{ stage: 'pre-training', gpuHours: 2664e3, cost: 5.328e6 },
	{ stage: 'context extension', gpuHours: 119e3, cost: 0.238e6 },
	{ stage: 'post-training', gpuHours: 5e3, cost: 0.01e6 },
] as const;
export const DEEPSEEK_V3_REPORTED = { gpuHours: 2.788e6, cost: 5.576e6, pricePerGpuHour: 2 } as const;

/** DeepSeek-V2 report §3.2.3: training cost in H800 GPU-hours per trillion tokens (V2 and DeepSeek 67B). */
export const DEEPSEEK_V2_GPU_HOURS_PER_T = 172.8e3;
export const DEEPSEEK_67B_GPU_HOURS_PER_T = 300.6e3;
export const DEEPSEEK_V2_TOKENS = 8.1e12;

/** GPU-hours from a reported rate per trillion tokens (our estimate, facts.md D4 [D]). */
export function gpuHoursFromRate(gpuHoursPerTrillion: number, tokens: number): number {
	return (gpuHoursPerTrillion * tokens) / 1e12;
}
