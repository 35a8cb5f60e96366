/** A course module's Traditional Chinese variant (src/i18n/zh-tw/vite.ts): the same exports as the module. */
declare module '*?zh-tw' {
	const variant: unknown;
	export default variant;
}
