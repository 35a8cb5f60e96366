/**
 * Simple inline math as plain HTML. Most inline math in the course is a number (3.14×10²³), a
 * variable ($N$, $\alpha_N$) or a short relation ($C \approx 6ND$). KaTeX turns each into 30–40
 * elements (HTML for the eye plus MathML for assistive technology); on the scaling-laws page that
 * was three quarters of all elements. This typesets the subset of TeX that needs no layout engine —
 * letters, numbers, Greek, operators, sub- and superscripts, \text, named functions — as a few
 * `<i>`, `<sub>` and `<sup>` elements. Anything outside the subset returns `null`, and the caller
 * leaves it to KaTeX: a fraction, an accent, a matrix never come out wrong, they just stay KaTeX.
 *
 * No DOM: the output is an HTML string, so it serves the Markdown pipeline and data-file text alike.
 */

const SYMBOLS: Record<string, string> = {
	alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', eta: 'η', theta: 'θ', kappa: 'κ', lambda: 'λ',
	mu: 'μ', nu: 'ν', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', phi: 'ϕ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
	Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
};
/** Upright Greek capitals, as TeX sets them. */
const UPRIGHT_GREEK = new Set(['Γ', 'Δ', 'Θ', 'Λ', 'Π', 'Σ', 'Φ', 'Ψ', 'Ω']);

/** Relations get a thick space on each side, binary operators a medium one (TeX's spacing). */
const RELATIONS: Record<string, string> = {
	'=': '=', '<': '&lt;', '>': '&gt;', approx: '≈', propto: '∝', sim: '∼', le: '≤', leq: '≤', ge: '≥', geq: '≥', neq: '≠',
	ne: '≠', gtrsim: '≳', lesssim: '≲', to: '→', ll: '≪', gg: '≫', equiv: '≡',
};
const BINARY: Record<string, string> = { '+': '+', '-': '−', times: '×', cdot: '·', pm: '±', div: '÷' };
const FUNCTIONS = new Set(['ln', 'log', 'exp', 'min', 'max', 'sin', 'cos', 'lim']);
const ORDINARY: Record<string, string> = { infty: '∞', ldots: '…', dots: '…', cdots: '⋯', '%': '%', ',': '\u202f', ' ': '\u00a0', ';': '\u2005', '!': '', '{': '{', '}': '}' };
const OPEN_CLOSE = new Set(['(', ')', '[', ']', '|', '!', "'", ':', '.']);
const THIN = '\u2009';

// TeX puts a thick space (5/18 em) around relations and a medium one (4/18 em) around binary
// operators. No-break spaces of about those widths keep a formula together; a line may break only
// where a `<wbr>` allows it, after a relation.
const THICK = '\u00a0';
const BREAK = '\u200b';
const MEDIUM = '\u202f';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

class Unsupported extends Error {}

type Atom =
	| { kind: 'ord'; html: string; italic: boolean }
	/** A named function (ln, min): upright, with a thin space before an argument that is not bracketed. */
	| { kind: 'op'; html: string }
	/** A comma or semicolon between items: followed by a thin space. */
	| { kind: 'punct'; html: string }
	| { kind: 'rel' | 'bin'; html: string }
	| { kind: 'group'; atoms: Atom[] }
	| { kind: 'scripts'; base: Atom; sub?: Atom[]; sup?: Atom[] };

class Parser {
	private i = 0;
	constructor(private readonly src: string) {}

	parse(): Atom[] {
		const atoms = this.list();
		if (this.i < this.src.length) throw new Unsupported(`unexpected "${this.src[this.i]}"`);
		return atoms;
	}

	private list(): Atom[] {
		const out: Atom[] = [];
		while (this.i < this.src.length) {
			const c = this.src[this.i]!;
			if (c === '}') break;
			if (c === '_' || c === '^') {
				const base = out.pop() ?? { kind: 'ord', html: '', italic: false };
				out.push(this.scripts(base));
				continue;
			}
			const atom = this.atom();
			if (atom) out.push(atom);
		}
		return out;
	}

	private scripts(base: Atom): Atom {
		const node: Atom & { kind: 'scripts' } = base.kind === 'scripts' ? base : { kind: 'scripts', base };
		while (this.src[this.i] === '_' || this.src[this.i] === '^') {
			const which = this.src[this.i] === '_' ? 'sub' : 'sup';
			if (node[which]) throw new Unsupported('double script');
			this.i++;
			this.skipSpace();
			node[which] = this.argument();
		}
		return node;
	}

	/** A braced group or a single token, as a script or command argument. */
	private argument(): Atom[] {
		this.skipSpace();
		if (this.src[this.i] === '{') {
			this.i++;
			const atoms = this.list();
			if (this.src[this.i] !== '}') throw new Unsupported('unclosed group');
			this.i++;
			return atoms;
		}
		const atom = this.atom();
		if (!atom) throw new Unsupported('missing argument');
		return [atom];
	}

	private skipSpace() {
		while (this.src[this.i] === ' ' || this.src[this.i] === '\n') this.i++;
	}

	private atom(): Atom | null {
		const c = this.src[this.i]!;
		if (c === ' ' || c === '\n') {
			this.i++;
			return null;
		}
		if (c === '{') {
			this.i++;
			const atoms = this.list();
			if (this.src[this.i] !== '}') throw new Unsupported('unclosed group');
			this.i++;
			// `{,}` is TeX's way to write a thousands separator without the space after a comma.
			if (atoms.length === 1 && atoms[0]?.kind === 'punct' && atoms[0].html === ',') return { kind: 'ord', html: ',', italic: false };
			return { kind: 'group', atoms };
		}
		if (/[0-9.]/.test(c)) {
			const m = /^[0-9]*\.?[0-9]+|^[0-9]+\.?/.exec(this.src.slice(this.i))!;
			this.i += m[0].length;
			return { kind: 'ord', html: m[0], italic: false };
		}
		if (/[A-Za-z]/.test(c)) {
			this.i++;
			return { kind: 'ord', html: c, italic: true };
		}
		if (c in RELATIONS) {
			this.i++;
			return { kind: 'rel', html: RELATIONS[c]! };
		}
		if (c in BINARY) {
			this.i++;
			return { kind: 'bin', html: BINARY[c]! };
		}
		if (c === '/') {
			this.i++;
			return { kind: 'ord', html: '/', italic: false };
		}
		if (c === ',' || c === ';') {
			this.i++;
			return { kind: 'punct', html: c };
		}
		if (OPEN_CLOSE.has(c)) {
			this.i++;
			return { kind: 'ord', html: c === "'" ? '′' : c, italic: false };
		}
		if (c === '\\') return this.command();
		throw new Unsupported(`character "${c}"`);
	}

	private command(): Atom {
		this.i++;
		const m = /^[A-Za-z]+|^./.exec(this.src.slice(this.i));
		if (!m) throw new Unsupported('lone backslash');
		const name = m[0];
		this.i += name.length;
		if (name in SYMBOLS) {
			const ch = SYMBOLS[name]!;
			return { kind: 'ord', html: ch, italic: !UPRIGHT_GREEK.has(ch) };
		}
		if (name in RELATIONS) return { kind: 'rel', html: RELATIONS[name]! };
		if (name in BINARY) return { kind: 'bin', html: BINARY[name]! };
		if (name in ORDINARY) return { kind: 'ord', html: ORDINARY[name]!, italic: false };
		if (FUNCTIONS.has(name)) return { kind: 'op', html: name };
		if (name === 'text' || name === 'mathrm' || name === 'textrm' || name === 'operatorname') {
			const text = this.rawGroup();
			return { kind: 'ord', html: escape(text), italic: false };
		}
		if (name === 'sqrt') {
			if (this.src[this.i] === '[') throw new Unsupported('nth root');
			const arg = this.argument();
			return { kind: 'group', atoms: [{ kind: 'ord', html: '√', italic: false }, { kind: 'ord', html: `<span class="math-sqrt">${render(arg)}</span>`, italic: false }] };
		}
		throw new Unsupported(`\\${name}`);
	}

	/** The literal text of a braced argument (for \text). */
	private rawGroup(): string {
		this.skipSpace();
		if (this.src[this.i] !== '{') throw new Unsupported('\\text without braces');
		const end = this.src.indexOf('}', this.i);
		const text = this.src.slice(this.i + 1, end);
		if (end < 0 || /[{}\\$]/.test(text)) throw new Unsupported('complex \\text');
		this.i = end + 1;
		return text;
	}
}

/** A sub- or superscript; one that is a single italic run is one element (`<sub class="math-i">c</sub>`). */
function script(tag: 'sub' | 'sup', html: string): string {
	const italic = /^<i>([^<]*)<\/i>$/.exec(html);
	return italic ? `<${tag} class="math-i">${italic[1]}</${tag}>` : `<${tag}>${html}</${tag}>`;
}

function render(atoms: readonly Atom[], top = false): string {
	let out = '';
	let italicRun = '';
	const flush = () => {
		if (italicRun) out += `<i>${italicRun}</i>`;
		italicRun = '';
	};
	atoms.forEach((atom, index) => {
		if (atom.kind === 'ord' && atom.italic) {
			italicRun += atom.html;
			return;
		}
		flush();
		if (atom.kind === 'ord') out += atom.html;
		else if (atom.kind === 'punct') out += `${atom.html}${THIN}`;
		else if (atom.kind === 'op') {
			const next = atoms[index + 1];
			const bracketed = next?.kind === 'ord' && (next.html === '(' || next.html === '[');
			out += `${atom.html}${next && !bracketed && next.kind !== 'rel' && next.kind !== 'bin' ? THIN : ''}`;
		}
		else if (atom.kind === 'group') out += render(atom.atoms);
		else if (atom.kind === 'scripts') {
			out += render([atom.base]);
			const sub = atom.sub ? render(atom.sub) : '';
			const sup = atom.sup ? render(atom.sup) : '';
			out += atom.sub && atom.sup ? `<span class="math-ss">${script('sup', sup)}${script('sub', sub)}</span>` : atom.sub ? script('sub', sub) : script('sup', sup);
		} else {
			// A leading sign (−3, ×10) is unary: no space. Spaces around operators in scripts are tighter.
			const unary = index === 0 || atoms[index - 1]?.kind === 'rel' || atoms[index - 1]?.kind === 'bin';
			if (atom.kind === 'bin' && unary) out += atom.html;
			else {
				const space = top ? (atom.kind === 'rel' ? THICK : MEDIUM) : '';
				// At the top level a line may break after a relation, as in TeX (never inside 3.14×10²³):
				// a zero-width space, which is a break opportunity without an element.
				out += `${space}${atom.html}${space}${top && atom.kind === 'rel' ? BREAK : ''}`;
			}
		}
	});
	flush();
	return out;
}

/**
 * Inline TeX as HTML, or `null` when the formula needs a layout engine (KaTeX). The result is one
 * `<span class="math-text">`; `math-num` marks a formula without variables (a number such as
 * 3.14×10²³), which the site sets in the text font rather than the math font.
 */
export function texToHtml(tex: string): string | null {
	let atoms: Atom[];
	try {
		atoms = new Parser(tex.trim()).parse();
	} catch (error) {
		if (error instanceof Unsupported) return null;
		throw error;
	}
	if (atoms.length === 0) return null;
	const html = render(atoms, true);
	// A lone variable ($N$) is one element, not a span around an <i>.
	const lone = /^<i>([^<]*)<\/i>$/.exec(html);
	if (lone) return `<i class="math-text">${lone[1]}</i>`;
	const numeric = !/<i>/.test(html) && !/[A-Za-z]{2,}/.test(html.replace(/<\/?(sub|sup|span)[^>]*>/g, ''));
	return `<span class="math-text${numeric ? ' math-num' : ''}">${html}</span>`;
}
