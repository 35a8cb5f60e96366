// A full `astro build`, timed, with its peak memory: GNU time's maximum resident set size (the
// largest single process) when /usr/bin/time exists, and the peak of the whole process tree's
// resident memory, summed over its processes, from polling /proc every 50 ms.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { onCleanup, trackGroup } from './cleanup.mjs';

const PAGE = 4096;

/** Resident memory (bytes) of a process and all its descendants, from /proc. */
function treeRss(rootPid) {
	const children = new Map();
	for (const name of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (!children.has(ppid)) children.set(ppid, []);
			children.get(ppid).push(Number(name));
		} catch {
			// exited meanwhile
		}
	}
	let total = 0;
	const stack = [rootPid];
	while (stack.length) {
		const pid = stack.pop();
		try {
			total += Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
		} catch {}
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/**
 * @param {{ root: string, outDir: string, logFile: string, env?: Record<string,string>, cwd: string }} o
 * @returns {Promise<{ seconds: number, peakTreeRss: number, maxRss: number|null, pages: number|null }>}
 */
export async function timedAstroBuild({ root, outDir, logFile, env = {}, cwd }) {
	const astroBin = path.join(cwd, 'node_modules/astro/bin/astro.mjs');
	const timeFile = `${logFile}.time`;
	const useTime = fs.existsSync('/usr/bin/time');
	const cmd = [process.execPath, astroBin, 'build', '--root', root, '--outDir', outDir];
	const [bin, ...args] = useTime ? ['/usr/bin/time', '-v', '-o', timeFile, ...cmd] : cmd;
	fs.rmSync(outDir, { recursive: true, force: true });
	fs.mkdirSync(path.dirname(logFile), { recursive: true });
	const log = fs.openSync(logFile, 'w');
	const start = process.hrtime.bigint();
	const child = spawn(bin, args, {
		cwd,
		detached: true,
		stdio: ['ignore', log, log],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/', SITE_URL: 'http://localhost:4321', ...env },
	});
	const untrack = trackGroup(child.pid);
	const unregister = onCleanup(async () => {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {}
	});
	let peak = 0;
	const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 50);
	const code = await new Promise((resolve) => child.once('exit', (c) => resolve(c)));
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	clearInterval(poll);
	unregister();
	untrack();
	fs.closeSync(log);
	if (code !== 0) {
		const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
		throw new Error(`astro build (${root}) failed with code ${code}; log ${logFile}:\n${tail}`);
	}
	let maxRss = null;
	if (useTime && fs.existsSync(timeFile)) {
		const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(fs.readFileSync(timeFile, 'utf8'))?.[1];
		if (kb) maxRss = Number(kb) * 1024;
	}
	const pages = Number(/(\d+) page\(s\) built/.exec(fs.readFileSync(logFile, 'utf8'))?.[1] ?? NaN);
	return { seconds, peakTreeRss: peak, maxRss, pages: Number.isFinite(pages) ? pages : null };
}

/** Bytes and files in a build's output directory. */
export function dirSize(dir) {
	let bytes = 0;
	let files = 0;
	const walk = (d) => {
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			const full = path.join(d, e.name);
			if (e.isDirectory()) walk(full);
			else {
				bytes += fs.statSync(full).size;
				files += 1;
			}
		}
	};
	walk(dir);
	return { bytes, files };
}
