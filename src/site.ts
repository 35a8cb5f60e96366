/**
 * Where the site is served. GitHub Pages serves a project site under `/<repo>/`, so both the
 * origin and the base path come from the environment (set by the deploy workflow from the Pages
 * configuration); locally they default to a root-served site on Astro's preview port.
 */

/** Normalise a base path to the form `/` or `/segment/…/` (leading and trailing slash). */
export function normaliseBase(raw: string | undefined): string {
	const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/** Normalise a site origin: no trailing slash; a default when unset or empty. */
export function normaliseSite(raw: string | undefined): string {
	const trimmed = (raw ?? '').trim().replace(/\/+$/, '');
	return trimmed || 'http://localhost:4321';
}

export const BASE = normaliseBase(process.env.BASE_PATH);
export const SITE = normaliseSite(process.env.SITE_URL);

/**
 * The repository, when known: GitHub Actions sets GITHUB_REPOSITORY (owner/name) during the Pages
 * build, so the deployed course links to its source and issues; local builds simply omit the link.
 */
export function repositoryUrl(env: Record<string, string | undefined> = process.env): string | undefined {
	const repo = env['GITHUB_REPOSITORY']?.trim();
	if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo)) return undefined;
	return `${(env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '')}/${repo}`;
}

export const REPO_URL = repositoryUrl();
