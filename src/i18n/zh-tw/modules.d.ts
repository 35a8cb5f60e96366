/** A course module's Traditional Chinese variant (src/i18n/zh-tw/vite.ts): the same exports as the module (cast from `unknown`). */
declare module '*?zh-tw' {
	const variant: unknown;
	export default variant;
}

/** OpenCC's dictionary tables, as opencc-js ships them: `simplified traditional…|…`. */
declare module 'opencc-js/dict/*' {
	const table: string;
	export default table;
}
