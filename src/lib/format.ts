/**
 * Number formatting shared by figures, tables and readouts. Pure and locale-independent so the
 * build-time SVG and the browser re-render print exactly the same text.
 */

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** `3.14e23` → `3.1×10²³` (mantissa to `digits` significant figures). */
export function sci(value: number, digits = 2): string {
	if (!Number.isFinite(value)) return '—';
	if (value === 0) return '0';
	const exponent = Math.floor(Math.log10(Math.abs(value)));
	let mantissa = value / 10 ** exponent;
	let e = exponent;
	const rounded = Number(mantissa.toPrecision(digits));
	if (Math.abs(rounded) >= 10) {
		mantissa = rounded / 10;
		e += 1;
	} else mantissa = rounded;
	const m = mantissa.toFixed(Math.max(0, digits - 1));
	const sup = String(e).split('').map((c) => SUPERSCRIPT[c] ?? c).join('');
	return m === '1' || m === '1.0' || m === '1.00' ? `10${sup}` : `${m}×10${sup}`;
}

/** Counts such as parameters or tokens: `7e10` → `70B`, `1.4e12` → `1.4T`, `1.2e7` → `12M`. */
export function count(value: number, digits = 3): string {
	if (!Number.isFinite(value)) return '—';
	const units: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
	for (const [size, unit] of units) {
		if (Math.abs(value) >= size) return `${trim(Number((value / size).toPrecision(digits)))}${unit}`;
	}
	return trim(Number(value.toPrecision(digits)));
}

/** A plain number with at most `digits` significant figures and no trailing zeros. */
export function plain(value: number, digits = 3): string {
	if (!Number.isFinite(value)) return '—';
	return trim(Number(value.toPrecision(digits)));
}

/** A number with a fixed count of decimals (for losses: `fixed(1.9369, 3)` → `1.937`). */
export function fixed(value: number, decimals: number): string {
	return Number.isFinite(value) ? value.toFixed(decimals) : '—';
}

/** Percentages: `0.109` → `10.9%`. */
export function percent(fraction: number, decimals = 1): string {
	return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(decimals)}%` : '—';
}

/** One shared formatter: building an Intl.NumberFormat per call dominated a figure's redraw time. */
const PLAIN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6, useGrouping: false });

function trim(n: number): string {
	// Avoid exponent notation and float noise in short labels.
	return PLAIN.format(n);
}

/** Evenly spaced values in log space from `lo` to `hi` inclusive (`n` ≥ 2 points). */
export function logspace(lo: number, hi: number, n: number): number[] {
	const a = Math.log10(lo);
	const b = Math.log10(hi);
	return Array.from({ length: n }, (_, i) => 10 ** (a + ((b - a) * i) / (n - 1)));
}

/** Clamp to [lo, hi]. */
export function clamp(value: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, value));
}
