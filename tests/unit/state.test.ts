import { describe, expect, test } from 'vitest';
import isoflop from '../../src/figures/defs/isoflop';
import { FIGURE_IDS } from '../../src/figures/ids';
import { loadFigure } from '../../src/figures/registry';
import { defaultState, formatForUrl, formatTyped, MAX_SLIDER_LABELS, parseNumber, parseTypedNumber, sliderLabels, sliderPosition, stateFromSearch, valueFromSlider, writeStateToSearch } from '../../src/figures/state';
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

describe('parseTypedNumber: numbers as people type them', () => {
	test.each([
		['989e12', 989e12],
		['989T', 989e12],
		['989 T', 989e12],
		['2.5T', 2.5e12],
		['37B', 37e9],
		['37b', 37e9],
		['1e15', 1e15],
		['1,000 TFLOP/s', 1e15],
		['1,000', 1000],
		['1 000', 1000],
		['2,048', 2048],
		['40%', 40],
		['US$2', 2],
		['$2.50', 2.5],
		['370亿', 3.7e10],
		['3万', 3e4],
		['1.5万亿', 1.5e12],
		// As readers of the Traditional edition write them.
		['370億', 3.7e10],
		['3萬', 3e4],
		['1.5萬億', 1.5e12],
		['989e12 FLOP/s', 989e12],
		['1000000000000000', 1e15],
	])('%j → %j', (raw, expected) => expect(parseTypedNumber(raw)).toBe(expected));
	test.each(['', 'abc', 'T', '1,00', '12,3456', '5X', 'Infinity', '1e999', '0x10', '1..2', '--3'])('rejects %j', (raw) => {
		expect(parseTypedNumber(raw)).toBeNull();
	});
	test('a typed field shows large numbers with a multiple-of-three exponent', () => {
		expect(formatTyped(1e15)).toBe('1e15');
		expect(formatTyped(989e12)).toBe('989e12');
		expect(formatTyped(2.5e12)).toBe('2.5e12');
		expect(formatTyped(2048)).toBe('2048');
		expect(formatTyped(0.4)).toBe('0.4');
		for (const v of [1e15, 989e12, 2.5e12, 37e9, 2048, 0.4]) expect(parseTypedNumber(formatTyped(v))).toBe(v);
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

describe('sliderLabels: a value label for every slider position, before figure code arrives', () => {
	test.each([...FIGURE_IDS])('%s: every slider carries one label per position, matching its formatter', async (id) => {
		const def = await loadFigure(id);
		for (const param of def.params) {
			if (param.kind !== 'range') continue;
			for (const lang of ['en', 'zh-cn'] as const) {
				const json = sliderLabels(param, lang);
				expect(json, `${id}.${param.name}: no labels`).toBeDefined();
				const labels = JSON.parse(json ?? '[]') as string[];
				const lo = sliderPosition(param, param.min);
				const positions = Math.round((sliderPosition(param, param.max) - lo) / param.step) + 1;
				expect(labels.length).toBe(positions);
				expect(labels.length).toBeLessThanOrEqual(MAX_SLIDER_LABELS);
				// The default's position shows what the formatter says of the default.
				const at = Math.round((sliderPosition(param, param.default) - lo) / param.step);
				expect(labels[at]).toBe(param.format(valueFromSlider(param, lo + at * param.step), lang));
				expect(labels.every((l) => l.length > 0 && !/NaN|Infinity|undefined/.test(l))).toBe(true);
			}
		}
	});
});
