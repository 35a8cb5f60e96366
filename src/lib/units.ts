/**
 * Formatting of money, GPU-hours, durations and memory sizes for the compute, cost and memory
 * figures. Pure and locale-independent like `format.ts`; Chinese text groups large numbers in
 * 万 (10⁴) and 亿 (10⁸), as Chinese writing does, with a space between the digits and the unit
 * like every number in the course's Chinese text ("557.6 万美元", CONTRIBUTING.md).
 */
import type { Lang } from '../data/schema';
import { count, plain, sci } from './format';

/** Beyond this, counts switch to scientific notation (`1.7×10²¹`) instead of long digit strings. */
const HUGE = 1e15;

/** `2.788e6` → `278.8 万`, `3.084e7` → `3084 万`, `1.2e9` → `12 亿`, `5000` → `5000`. */
export function wan(value: number, digits = 4): string {
	if (!Number.isFinite(value)) return '—';
	const abs = Math.abs(value);
	if (abs >= HUGE) return sci(value, Math.min(digits, 3));
	if (abs >= 1e8) return `${plain(value / 1e8, digits)} 亿`;
	if (abs >= 1e4) return `${plain(value / 1e4, digits)} 万`;
	return plain(value, digits);
}

/** A Chinese unit after a number: "308 美元", but "557.6 万美元" (no second space after 万/亿). */
function withUnit(n: string, unit: string): string {
	return /[万亿]$/.test(n) ? `${n}${unit}` : `${n} ${unit}`;
}

/** US dollars: `US$5.576M` / `557.6 万美元`. */
export function usd(value: number, lang: Lang, digits = 4): string {
	if (!Number.isFinite(value)) return '—';
	return lang === 'zh-cn' ? withUnit(wan(value, digits), '美元') : `US$${bigCount(value, lang, digits)}`;
}

/** A plain count in the reader's language: `2.788M` / `278.8 万`. */
export function bigCount(value: number, lang: Lang, digits = 4): string {
	if (Number.isFinite(value) && Math.abs(value) >= HUGE) return sci(value, Math.min(digits, 3));
	return lang === 'zh-cn' ? wan(value, digits) : count(value, digits);
}

/** GPU-hours: `2.788M GPU-hours` / `278.8 万 GPU 时`. */
export function gpuHours(value: number, lang: Lang, digits = 4): string {
	if (!Number.isFinite(value)) return '—';
	return lang === 'zh-cn' ? `${wan(value, digits)} GPU 时` : `${bigCount(value, lang, digits)} GPU-hours`;
}

/** Days: `46.4 days` / `46.4 天` (scientific notation below 0.001 or from a million days on). */
export function days(value: number, lang: Lang, digits = 3): string {
	if (!Number.isFinite(value)) return '—';
	const abs = Math.abs(value);
	const n = abs !== 0 && (abs < 1e-3 || abs >= 1e6) ? sci(value, digits) : plain(value, digits);
	return lang === 'zh-cn' ? `${n} 天` : `${n} days`;
}

/** Memory in binary units: `70272` → `68.6 KiB`, `3997696` → `3.81 MiB`. */
export function bytes(value: number, digits = 3): string {
	if (!Number.isFinite(value)) return '—';
	const units: [number, string][] = [[2 ** 40, 'TiB'], [2 ** 30, 'GiB'], [2 ** 20, 'MiB'], [2 ** 10, 'KiB']];
	for (const [size, unit] of units) {
		if (Math.abs(value) >= size) return `${plain(value / size, digits)} ${unit}`;
	}
	return `${plain(value, digits)} B`;
}

/** A chip's throughput as people quote it: `989 TFLOP/s`, `1,000 TFLOP/s`, `2.5 PFLOP/s`. */
export function flopRate(value: number): string {
	if (!Number.isFinite(value)) return '—';
	const [scale, unit] = Math.abs(value) >= 1e16 ? [1e15, 'PFLOP/s'] : Math.abs(value) >= 1e12 ? [1e12, 'TFLOP/s'] : [1e9, 'GFLOP/s'];
	const n = plain(value / scale, 4);
	return `${/^\d{4,}$/.test(n) ? n.replace(/\B(?=(\d{3})+$)/g, ',') : n} ${unit}`;
}
