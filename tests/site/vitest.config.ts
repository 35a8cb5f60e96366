import { defineConfig } from 'vitest/config';

// Checks of the built site (dist/, built under a non-empty base path) and browser tests against it.
export default defineConfig({
	test: {
		include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// One file at a time (the browser tests are bound by CPU: two files at once took longer in
		// all, 615 s against 560 s), but a file's concurrent tests (the axe runs) two at a time.
		fileParallelism: false,
		maxConcurrency: 2,
	},
});
