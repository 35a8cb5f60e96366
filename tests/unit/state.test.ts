import { describe, expect, test } from 'vitest';
import isoflop from '../../src/figures/defs/isoflop';
import { defaultState, formatForUrl, parseNumber, stateFromSearch, valueFromSlider, writeStateToSearch } from '../../src/figures/state';
import type { RangeParam } from '../../src/figures/types';

describe('parseNumber', () => {
	test.each([
		['1e23', 1e23],
		[' 5.76e+23 ', 5.76e23],
		['0.5', 0.5],
		['-3', -3],
		['.25', 0.25],
	])('accepts %j', (raw, expected) => expect(parseNumber(raw)).toBe(expected));
	test.each(['', 'abc', '0x10', 'Infinity', 'NaN', '1e999', '1,000', '<script>', '1e23)', '١٢'])('rejects %j', (raw) => {
		expect(parseNumber(raw)).toBeNull();
	});
});

describe('stateFromSearch', () => {
	const defaults = defaultState(isoflop);
	test('no parameters give the default state', () => {
		expect(stateFromSearch(isoflop, new URLSearchParams())).toEqual(defaults);
	});
	test('valid values are read', () => {
		const state = stateFromSearch(isoflop, new URLSearchParams('isoflop.C=1e22&isoflop.fit=besiroglu'));
		expect(state).toEqual({ C: 1e22, fit: 'besiroglu' });
	});
	test('out-of-range numbers are clamped to the control’s range', () => {
		expect(stateFromSearch(isoflop, new URLSearchParams('isoflop.C=1e40')).C).toBe(1e26);
		expect(stateFromSearch(isoflop, new URLSearchParams('isoflop.C=-5')).C).toBe(1e19);
	});
	test.each([
		'isoflop.C=banana',
		'isoflop.C=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
		'isoflop.fit=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
		'isoflop.fit=constructor',
		'isoflop.fit=__proto__',
		'isoflop.C=Infinity&isoflop.fit=',
	])('hostile or nonsense input %s gives defaults for the bad values', (query) => {
		const state = stateFromSearch(isoflop, new URLSearchParams(query));
		expect(typeof state['C']).toBe('number');
		expect(Number.isFinite(state['C'])).toBe(true);
		expect(['hoffmann', 'besiroglu']).toContain(state['fit']);
	});
	test('other figures’ keys are ignored', () => {
		expect(stateFromSearch(isoflop, new URLSearchParams('power-laws.law=D&C=1'))).toEqual(defaults);
	});
});

describe('writeStateToSearch', () => {
	test('default values leave the URL clean; others keep their keys', () => {
		const search = writeStateToSearch(isoflop, defaultState(isoflop), new URLSearchParams('keep=1&isoflop.C=3'));
		expect(search.toString()).toBe('keep=1');
	});
	test('round-trips through the URL', () => {
		const state = { C: 3.2e21, fit: 'besiroglu' };
		const search = writeStateToSearch(isoflop, state, new URLSearchParams());
		expect(search.get('isoflop.C')).toBe('3.2e21');
		expect(stateFromSearch(isoflop, search)).toEqual(state);
	});
	test('formatForUrl keeps six significant figures', () => {
		expect(formatForUrl(5.760000001e23)).toBe('5.76e23');
		expect(formatForUrl(0.1 + 0.2)).toBe('0.3');
	});
});

describe('valueFromSlider', () => {
	const param = isoflop.params.find((p) => p.name === 'C') as RangeParam;
	test('log sliders move in powers of ten and clamp', () => {
		expect(valueFromSlider(param, 23)).toBeCloseTo(1e23, -10);
		expect(valueFromSlider(param, 99)).toBe(1e26);
	});
});
