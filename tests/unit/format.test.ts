import { describe, expect, test } from 'vitest';
import { count, fixed, logspace, percent, sci } from '../../src/lib/format';

describe('sci', () => {
	test.each([
		[3.14e23, '3.1×10²³'],
		[1e26, '10²⁶'],
		[5.76e23, '5.8×10²³'],
		[9.96e22, '10²³'],
		[2.5e-3, '2.5×10⁻³'],
	])('%d → %s', (value, text) => expect(sci(value)).toBe(text));
	test('never prints NaN or Infinity', () => {
		expect(sci(Number.NaN)).toBe('—');
		expect(sci(Number.POSITIVE_INFINITY)).toBe('—');
	});
});

describe('count', () => {
	test.each([
		[175e9, '175B'],
		[1.4e12, '1.4T'],
		[12e6, '12M'],
		[671e9, '671B'],
		[950, '950'],
	])('%d → %s', (value, text) => expect(count(value)).toBe(text));
});

test('fixed and percent', () => {
	expect(fixed(1.93695, 3)).toBe('1.937');
	expect(percent(0.1091)).toBe('10.9%');
	expect(fixed(Number.NaN, 2)).toBe('—');
});

test('logspace spans both ends evenly in log space', () => {
	const xs = logspace(1e2, 1e6, 5);
	expect(xs.map((x) => Math.round(Math.log10(x)))).toEqual([2, 3, 4, 5, 6]);
});

describe('site configuration', async () => {
	const { normaliseBase, normaliseSite, repositoryUrl } = await import('../../src/site');
	test('base paths are normalised to /…/', () => {
		expect(normaliseBase(undefined)).toBe('/');
		expect(normaliseBase('')).toBe('/');
		expect(normaliseBase('repo')).toBe('/repo/');
		expect(normaliseBase('/repo/')).toBe('/repo/');
		expect(normaliseBase('//a/b//')).toBe('/a/b/');
	});
	test('site origins lose trailing slashes and default to localhost', () => {
		expect(normaliseSite('https://x.github.io/')).toBe('https://x.github.io');
		expect(normaliseSite(undefined)).toBe('http://localhost:4321');
	});
	test('the repository URL comes from the Actions environment, or is absent', () => {
		expect(repositoryUrl({ GITHUB_REPOSITORY: 'owner/course' })).toBe('https://github.com/owner/course');
		expect(repositoryUrl({})).toBeUndefined();
		expect(repositoryUrl({ GITHUB_REPOSITORY: 'bad value <x>' })).toBeUndefined();
	});
});
