import { defineConfig } from 'vitest/config';

// Checks of the built site (dist/, built under a non-empty base path) and browser tests against it.
export default defineConfig({
	test: {
		include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		fileParallelism: false,
		// Concurrent tests (the axe runs) two at a time: CI machines have two cores.
		maxConcurrency: 2,
	},
});
