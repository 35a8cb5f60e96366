/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit, snapshot and content tests run through Astro's Vite config (aliases, `import.meta.glob`,
// `astro:content` types). Browser tests are a separate suite (tests/browser) with its own runner.
export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/snapshots/**/*.test.ts', 'tests/content/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
	},
});
