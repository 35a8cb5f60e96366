/** Types for `subset-font` (HarfBuzz's hb-subset compiled to WebAssembly), which ships none. */
declare module 'subset-font' {
	interface SubsetFontOptions {
		targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
		preserveNameIds?: number[];
		keepFeatures?: string[];
		noLayoutClosure?: boolean;
		noHinting?: boolean;
		dropTables?: string[];
	}
	export default function subsetFont(buffer: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
