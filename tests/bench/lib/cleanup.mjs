// Everything the bench starts (servers, browsers, builds) registers how to stop it here, so that
// an error, Ctrl-C or a kill still leaves no server listening and no Chromium running.
const tasks = new Set();
const groups = new Set();
let stopping = false;

/** True once cleanup has begun: nothing new may be started. */
export const isStopping = () => stopping;
export function assertRunning() {
	if (stopping) throw new Error('the bench is stopping');
}

/** Register an async cleanup; returns a function that unregisters it. */
export function onCleanup(fn) {
	tasks.add(fn);
	return () => tasks.delete(fn);
}

/** Track a detached child's process group, killed synchronously if the bench exits abruptly. */
export function trackGroup(pid) {
	groups.add(pid);
	return () => groups.delete(pid);
}

export async function cleanupAll() {
	stopping = true;
	const list = [...tasks].reverse();
	tasks.clear();
	for (const fn of list) {
		try {
			await fn();
		} catch (error) {
			console.error('[bench] cleanup:', error?.message ?? error);
		}
	}
	killGroupsSync();
}

function killGroupsSync() {
	for (const pid of groups) {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			// already gone
		}
	}
	groups.clear();
}

let installed = false;
export function installSignalHandlers() {
	if (installed) return;
	installed = true;
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
		process.once(signal, () => {
			console.error(`\n[bench] ${signal}: cleaning up`);
			cleanupAll().finally(() => process.exit(130));
		});
	}
	process.on('exit', killGroupsSync);
}
