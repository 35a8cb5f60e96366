/**
 * A small seeded pseudo-random number generator, so that a bootstrap run at build time (Node)
 * and the same bootstrap run in a reader's browser draw exactly the same resamples.
 *
 * Generator: sfc32 ("small fast counter", Chris Doty-Humphrey, from PractRand), 128 bits of
 * state, passes PractRand and BigCrush. Its state is seeded from one integer with splitmix32.
 * Everything is 32-bit integer arithmetic (`Math.imul`, `>>>`, `|0`), which ECMAScript defines
 * exactly, so the integer sequence is identical in every engine. The floating-point helpers
 * (`next`, `int`) are exact functions of those integers; only `normal()` calls Math.log, Math.cos
 * and Math.sqrt, which the standard does not require to be correctly rounded (V8 in Node and in
 * Chromium share one implementation; other engines may differ in the last bit).
 *
 * Why not Math.random: it cannot be seeded.
 */

export interface Rng {
	/** The next 32-bit unsigned integer. */
	nextUint32(): number;
	/** A double in [0, 1) with 32 bits of randomness. */
	next(): number;
	/** A uniform integer in [0, n), without modulo bias (n ≥ 1, n ≤ 2^32). */
	int(n: number): number;
	/** A standard normal deviate (Box–Muller). */
	normal(): number;
}

const TWO_32 = 0x1_0000_0000;

/** splitmix32: turns one seed into well-mixed 32-bit words (used only for seeding). */
function splitmix32(seed: number): () => number {
	let s = seed | 0;
	return () => {
		s = (s + 0x9e3779b9) | 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
}

/**
 * A generator seeded by an integer. Seeds are taken modulo 2^32 (so 1 and 2^32 + 1 are the same
 * seed); a non-integer or non-finite seed is an error, not a silent truncation.
 */
export function createRng(seed: number): Rng {
	if (!Number.isSafeInteger(seed)) throw new RangeError(`createRng: the seed must be a safe integer, got ${seed}`);
	const init = splitmix32(seed % TWO_32);
	let a = init() | 0;
	let b = init() | 0;
	let c = init() | 0;
	let d = 1; // the counter, as in the reference seeding
	const nextUint32 = (): number => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return t >>> 0;
	};
	// Discard the first outputs, as the reference implementation recommends.
	for (let i = 0; i < 12; i++) nextUint32();

	let spare: number | null = null;
	return {
		nextUint32,
		next: () => nextUint32() / TWO_32,
		int(n: number): number {
			if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`Rng.int: n must be an integer in [1, 2^32], got ${n}`);
			// Reject the top partial block so that every residue is equally likely.
			const limit = TWO_32 - (TWO_32 % n);
			for (;;) {
				const x = nextUint32();
				if (x < limit) return x % n;
			}
		},
		normal(): number {
			if (spare !== null) {
				const s = spare;
				spare = null;
				return s;
			}
			// u1 in (0, 1] so that log(u1) is finite.
			const u1 = (nextUint32() + 1) / TWO_32;
			const u2 = nextUint32() / TWO_32;
			const r = Math.sqrt(-2 * Math.log(u1));
			spare = r * Math.sin(2 * Math.PI * u2);
			return r * Math.cos(2 * Math.PI * u2);
		},
	};
}

/**
 * One bootstrap resample of n items, as multiplicities: counts[i] is how many times item i was
 * drawn (n draws with replacement). Fitting with these counts as weights is the same as fitting
 * the resampled list, without copying data.
 */
export function resampleCounts(rng: Rng, n: number, counts: Uint32Array = new Uint32Array(n)): Uint32Array {
	if (counts.length !== n) throw new RangeError(`resampleCounts: counts has length ${counts.length}, expected ${n}`);
	counts.fill(0);
	for (let k = 0; k < n; k++) counts[rng.int(n)]! += 1;
	return counts;
}
