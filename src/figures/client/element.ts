/**
 * `<course-figure>`: the only figure code a page loads up front (well under 1 KB). It waits until
 * the figure is near the viewport — or the reader touches a control — and then imports the
 * figure's definition and Plot to make it interactive. Until then the build-time SVG is shown.
 */
class CourseFigure extends HTMLElement {
	#started = false;

	connectedCallback() {
		const start = () => {
			if (this.#started) return;
			this.#started = true;
			observer.disconnect();
			import('./hydrate').then((m) => m.hydrate(this)).catch((error: unknown) => {
				this.dataset['state'] = 'error';
				console.error(error);
			});
		};
		const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '300px 0px' });
		observer.observe(this);
		this.addEventListener('focusin', start, { once: true });
		this.addEventListener('pointerdown', start, { once: true });
	}
}

if (!customElements.get('course-figure')) customElements.define('course-figure', CourseFigure);
