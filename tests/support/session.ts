/**
 * A browser suite's fixtures: the built site served on a free loopback port and one Chromium,
 * started before the suite's tests and stopped after them. Call once at the top of a test file;
 * read `origin` and `browser` inside hooks and tests (they are set by then).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startServer } from './site';

export interface SiteSession {
	origin: string;
	browser: Browser;
}

export function useSiteSession(): SiteSession {
	const session = { origin: '' } as SiteSession;
	let server: Awaited<ReturnType<typeof startServer>> | undefined;
	beforeAll(async () => {
		server = await startServer();
		session.origin = server.origin;
		session.browser = await launchBrowser();
	});
	afterAll(async () => {
		await session.browser?.close();
		await server?.close();
	});
	return session;
}
