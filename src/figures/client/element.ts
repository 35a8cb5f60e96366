/**
 * `<course-figure>`: the only figure code a page loads up front (about 1 KB). The build-time images
 * already show the default view, so no figure code runs until the reader reaches for the figure —
 * the pointer enters it, a finger touches it, keyboard focus moves into it, a control moves — or
 * arrives with the figure's state in the URL. Then it imports the definition and Plot. Page load
 * stays free of chart code (no long tasks on a slow phone).
 *
 * So that the first input is answered quickly, a figure that comes within a screen of the viewport
 * asks the browser, in idle time, to fetch and compile (not run) the script files it will need
 * (`<link rel="modulepreload">`; the files are written into `data-preload` at build time by
 * `src/plugins/figure-preload.ts`), and a slider's value label answers the first input at once from
 * labels the page carries.
 */

/** Script files already asked for on this page. */
const preloaded = new Set<string>();

function preload(urls: readonly string[]) {
	for (const url of urls) {
		if (!url || preloaded.has(url)) continue;
		preloaded.add(url);
		const link = document.createElement('link');
		link.rel = 'modulepreload';
		link.href = url;
		document.head.append(link);
	}
}

const idle = (work: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 3000 }) : setTimeout(work, 200));

/** Figures near the viewport preload their code once, in idle time. */
const nearby =
	'IntersectionObserver' in window
		? new IntersectionObserver(
				(entries) => {
					for (const entry of entries) {
						if (!entry.isIntersecting) continue;
						nearby?.unobserve(entry.target);
						const urls = (entry.target as HTMLElement).dataset['preload']?.split(' ') ?? [];
						idle(() => preload(urls));
					}
				},
				{ rootMargin: '100% 0px' },
			)
		: null;

class CourseFigure extends HTMLElement {
	#started = false;
	/** A button pressed before the figure was ready; its action runs once it is. */
	#pending: HTMLButtonElement | null = null;

	connectedCallback() {
		const start = () => {
			if (this.#started) return;
			this.#started = true;
			// Traditional Chinese pages run a build-time converted copy of the figure code (src/i18n/zh-tw/vite.ts).
			(document.documentElement.lang === 'zh-TW' ? (import('./hydrate?zh-tw') as unknown as Promise<typeof import('./hydrate')>) : import('./hydrate'))
				.then((m) => m.hydrate(this, this.#pending))
				.catch((error: unknown) => {
					this.dataset['state'] = 'error';
					console.error(error);
				});
		};
		for (const type of ['pointerenter', 'pointerdown', 'focusin', 'touchstart']) this.addEventListener(type, start, { once: true, passive: true });
		// Until the figure code has arrived, a slider's value label still answers at once: the page
		// carries every position's label (Figure.astro), so the reader sees the value they chose.
		this.addEventListener('input', (event) => {
			const input = event.target;
			if (this.dataset['state'] === 'ready' || !(input instanceof HTMLInputElement) || input.type !== 'range' || !input.dataset['labels']) return;
			const label = (JSON.parse(input.dataset['labels']) as string[])[Math.round((Number(input.value) - Number(input.min)) / Number(input.step))];
			if (label === undefined) return;
			input.setAttribute('aria-valuetext', label);
			const output = this.querySelector(`output[data-param="${input.dataset['param']}"]`);
			if (output) output.textContent = label;
			start();
		});
		this.addEventListener('click', (event) => {
			const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
			if (button && this.dataset['state'] !== 'ready') {
				this.#pending = button;
				start();
			}
		});
		if (this.dataset['preload']) nearby?.observe(this);
		// The "this view" buttons only need JavaScript to run, not the figure code.
		for (const el of this.querySelectorAll<HTMLElement>('.fig-js-only')) el.hidden = false;
		// A link that carries this figure's state (`?isoflop.C=1e21`) shows that view at once,
		// also when the page is printed before the figure was scrolled to.
		const id = this.dataset['figure'];
		if (id && [...new URLSearchParams(location.search).keys()].some((k) => k.startsWith(`${id}.`))) start();
	}
}

if (!customElements.get('course-figure')) customElements.define('course-figure', CourseFigure);
