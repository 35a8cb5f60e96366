/** The subset math font (src/fonts/math.ts), written once per build. */
import type { APIRoute } from 'astro';
import { mathFont } from '../../fonts/math';

export const GET: APIRoute = async () => new Response(new Uint8Array(await mathFont()), { headers: { 'Content-Type': 'font/woff2' } });
