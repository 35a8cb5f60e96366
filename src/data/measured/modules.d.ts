/**
 * A committed CSV's rows, parsed and validated at build time (src/plugins/measured-rows.ts). Cast to
 * `Rows<'<dataset id>'>` from ./schemas: the type comes from the same Zod schema that checked them.
 */
declare module '*.csv?rows' {
	const rows: unknown;
	export default rows;
}
