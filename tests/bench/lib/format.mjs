// How the report writes numbers.
export const KB = 1024;
export const kb = (n) => (n == null ? '–' : (n / KB).toFixed(1));
export const pair = (s) => (s ? `${kb(s.raw)} / ${kb(s.gzip)}` : '–');
export const mb = (n) => (n == null ? '–' : `${(n / 2 ** 20).toFixed(0)} MB`);
export const ms = (n, d = 0) => (n == null ? '–' : `${n.toFixed(d)} ms`);
export const px = (n) => (n == null || !Number.isFinite(n) ? '–' : `${n.toFixed(1)} px`);
export const seconds = (msValue) => (msValue == null ? '–' : `${(msValue / 1000).toFixed(2)} s`);
export const count = (n) => (n == null ? '–' : n.toLocaleString('en-US'));
export const tick = (ok) => (ok == null ? '–' : ok ? '✓' : '✗');
export const code = (p) => `\`${p}\``;
export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
