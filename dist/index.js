import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6576:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ CLI_FLAG)
/* harmony export */ });
/* unused harmony exports cachedAnswer, writeToFd */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _session_session_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3527);
/**
 * The fast path of `flex-insights token` / `cookie`: answer from the session file when its TT
 * is still fresh, with nothing but node:fs. Anything else (a refresh, another command, a bad
 * option, a missing or foreign file) returns undefined and the full command handles it, errors
 * included, so this file never needs error messages of its own.
 */





/** First argument that tells dist/index.js to act as the full `flex-insights` command (the hand-off). */
const CLI_FLAG = '--flex-insights-cli';
function cachedAnswer(argv, env, now) {
    const [command, ...rest] = argv;
    if (command !== 'token' && command !== 'cookie')
        return undefined;
    let session;
    let prefix = DEFAULT_PREFIX;
    let minValidityMs = MIN_TT_VALIDITY_MS;
    for (let i = 0; i < rest.length; i += 2) {
        const value = rest[i + 1];
        if (value === undefined)
            return undefined;
        if (rest[i] === '--session')
            session = value;
        else if (rest[i] === '--prefix' && isPrefix(value))
            prefix = value;
        else if (rest[i] === '--min-validity') {
            const ms = parseMinValidity(value);
            if (ms === undefined)
                return undefined;
            minValidityMs = ms;
        }
        else
            return undefined;
    }
    const path = session ?? env[envName(prefix, 'SESSION_FILE')];
    if (!path)
        return undefined;
    let content;
    try {
        content = readSessionFile(path);
    }
    catch {
        return undefined;
    }
    const times = {
        tt: content.tt,
        ttIssuedAt: content.ttIssuedAt,
        ttLifetimeMs: content.ttLifetimeMs
    };
    if (content.loggedOut || !isToken(times.tt) || !isTtFresh(times, now, minValidityMs))
        return undefined;
    // A TT the runner was never told to mask is the full command's to mask (cli/io.ts, maskForRunner).
    if (env.GITHUB_ACTIONS === 'true' && content.ttMasked !== true)
        return undefined;
    return { tt: times.tt, text: command === 'token' ? times.tt : ttCookie(times.tt) };
}
const fdWriter = { writeSync: node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync, stream: fd => (fd === 1 ? process.stdout : process.stderr) };
/**
 * Writes `text` to fd 1 or 2 without creating process.stdout/stderr: when the fd is a pipe
 * (`$(flex-insights token)`, a runner step) Node builds a net.Socket for it, most of what the
 * fast path costs above bare `node` (the bench row "flex-insights token (cached)", BENCHMARKS.md).
 * A full non-blocking pipe (EAGAIN) gets the rest through the stream, which waits for the reader.
 */
function writeToFd(fd, text, writer = fdWriter) {
    const buffer = Buffer.from(text);
    let offset = 0;
    while (offset < buffer.length) {
        try {
            offset += writer.writeSync(fd, buffer, offset);
        }
        catch (error) {
            if (error.code !== 'EAGAIN')
                throw error;
            writer.stream(fd).write(buffer.subarray(offset));
            return;
        }
    }
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_fast_path_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6576);
// dist/index.js: the action's main and post steps, and the full `flex-insights` command
// (dist/cli.cjs passes CLI_FLAG). It only routes: each loads its own module, so the post step
// never loads the export engine and the command never loads @actions/core.

if (process.argv[2] === _cli_fast_path_js__WEBPACK_IMPORTED_MODULE_0__/* .CLI_FLAG */ .AF) {
    const { runCli } = await Promise.all(/* import() */[__nccwpck_require__.e(200), __nccwpck_require__.e(885), __nccwpck_require__.e(619)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5093));
    process.exitCode = await runCli(process.argv.slice(3));
}
else if (process.env.STATE_isPost) {
    await (await Promise.all(/* import() */[__nccwpck_require__.e(569), __nccwpck_require__.e(200), __nccwpck_require__.e(718)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7718))).run();
}
else {
    await (await Promise.all(/* import() */[__nccwpck_require__.e(569), __nccwpck_require__.e(200), __nccwpck_require__.e(885), __nccwpck_require__.e(831)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5831))).run();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3527:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jf: () => (/* binding */ removeSessionFolder),
/* harmony export */   by: () => (/* binding */ createSessionFolder),
/* harmony export */   fR: () => (/* binding */ replaceFile),
/* harmony export */   ne: () => (/* binding */ transportSettings),
/* harmony export */   s8: () => (/* binding */ writeSessionFile),
/* harmony export */   vB: () => (/* binding */ SessionFileError),
/* harmony export */   yy: () => (/* binding */ SETTINGS),
/* harmony export */   zZ: () => (/* binding */ readSessionFile)
/* harmony export */ });
/* unused harmony exports checkPrivate, clamped */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The private session file shared by the main step, the `flex-insights` command and the post
 * step. It holds the SST, so it lives in a folder of its own under RUNNER_TEMP (made fresh with
 * mkdtemp, mode 0700; the file 0600) instead of in an env var every later process would inherit.
 *
 * Nothing here is trusted because of its name: a folder or file is used only if it is a real
 * folder or file (no symlink), owned by this user and closed to everyone else. Writes are atomic
 * (a new file, then rename). Only node:fs: the command's fast path must not load the HTTP stack.
 */


class SessionFileError extends Error {
}
const FOLDER_PREFIX = 'flex-insights-auth-';
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
// Names need to be unique, not secret (the folder is 0700), and node:crypto would slow every
// `flex-insights token` (the bench row "flex-insights token (cached)", BENCHMARKS.md).
const uniqueSuffix = () => `${process.pid.toString(16)}${Date.now().toString(16)}${Math.random().toString(16).slice(2, 10)}`;
/** A fresh private folder for one invocation of the action, with the path of its session file. */
function createSessionFolder(runnerTemp) {
    const folder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(runnerTemp, FOLDER_PREFIX));
    checkPrivate(folder, 'folder');
    return { folder, file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, `session-${uniqueSuffix()}.json`) };
}
function refuse(stats, kind) {
    if (stats.isSymbolicLink())
        return 'is a symbolic link';
    if (kind === 'folder' ? !stats.isDirectory() : !stats.isFile())
        return `is not a ${kind}`;
    if (process.getuid && stats.uid !== process.getuid())
        return 'belongs to another user';
    if (process.platform !== 'win32' && (stats.mode & 0o077) !== 0)
        return `is open to other users (mode ${(stats.mode & 0o777).toString(8)})`;
    return undefined;
}
/** Throws unless `path` is a real folder or file of this user that nobody else can open. */
function checkPrivate(path, kind) {
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new SessionFileError(`session ${kind} ${path} does not exist (was the session already ended by the post step?)`);
        throw new SessionFileError(`cannot read session ${kind} ${path}: ${code ?? error.message}`);
    }
    const why = refuse(stats, kind);
    if (why)
        throw new SessionFileError(`refusing to use session ${kind} ${path}: it ${why}`);
}
const systemReplacer = {
    rename: node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync,
    wait: ms => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms),
    platform: process.platform
};
/**
 * Windows refuses to replace a file that another process has open without delete sharing
 * (MoveFileEx: EPERM, EACCES or EBUSY): a virus scanner, an indexer, a script reading the file.
 * Those holds pass, so the rename is tried again for about 1.6 s in all before it fails.
 */
const SHARING_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const REPLACE_WAITS_MS = [10, 20, 40, 80, 160, 320, 500, 500];
function replaceFile(from, to, replacer = systemReplacer) {
    for (let attempt = 0;; attempt++) {
        try {
            replacer.rename(from, to);
            return;
        }
        catch (error) {
            const code = error.code ?? '';
            const held = replacer.platform === 'win32' && SHARING_CODES.has(code);
            if (!held || attempt >= REPLACE_WAITS_MS.length)
                throw error;
            replacer.wait(REPLACE_WAITS_MS[attempt]);
        }
    }
}
/** Writes the file atomically: a new 0600 file (never an existing one or a link), then rename. */
function writeSessionFile(path, content, replacer) {
    checkPrivate((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), 'folder');
    const tmp = `${path}.${uniqueSuffix()}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, JSON.stringify(content), { mode: 0o600, flag: 'wx' });
    try {
        replaceFile(tmp, path, replacer);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        const code = error.code ?? '';
        if (!SHARING_CODES.has(code))
            throw error;
        throw new SessionFileError(`cannot replace the session file ${path} (${code}): another program keeps it open ` +
            '(a virus scanner, or a script reading it without delete sharing); let it go and try again');
    }
}
/** Reads the file after checking it and its folder; the content is checked by its users. */
function readSessionFile(path) {
    checkPrivate((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), 'folder');
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | NO_FOLLOW);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new SessionFileError(`session file ${path} does not exist (was the session already ended by the post step?)`);
        if (code === 'ELOOP')
            throw new SessionFileError(`refusing to use session file ${path}: it is a symbolic link`);
        throw new SessionFileError(`cannot read session file ${path}: ${code ?? error.message}`);
    }
    let text;
    try {
        const why = refuse(Object.assign((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd), { isSymbolicLink: () => false }), 'file');
        if (why)
            throw new SessionFileError(`refusing to use session file ${path}: it ${why}`);
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    try {
        const content = JSON.parse(text);
        if (content && content.version === 1 && typeof content.apiUrl === 'string')
            return content;
    }
    catch {
        // reported below
    }
    throw new SessionFileError(`session file ${path} is not a Flex Insights Auth session file`);
}
/** Removes the session's private folder (file, lock, command shims) after the post step. */
function removeSessionFolder(file) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file);
    try {
        checkPrivate(folder, 'folder');
    }
    catch {
        return; // not ours to delete (a planted link, say): leave it alone
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(folder, { recursive: true, force: true });
}
/**
 * The request settings a file carries: one table of bounds and defaults, which the action's
 * inputs are checked against (action/inputs.ts) and a tampered file is clamped to. `unit` is the
 * milliseconds per unit of the input (seconds: 1000), 1 for a count.
 */
const SETTINGS = {
    'token-lifetime': { min: 2, max: 3600, default: 600, unit: 1000, integer: true },
    'request-timeout': { min: 1, max: 600, default: 30, unit: 1000, integer: false },
    'max-attempts': { min: 1, max: 10, default: 3, unit: 1, integer: true },
    'max-retry-wait': { min: 0, max: 3600, default: 60, unit: 1000, integer: true }
};
/** A saved value in the setting's own unit (ms or a count), or the default when it is out of bounds. */
function clamped(name, value) {
    const { min, max, unit } = SETTINGS[name];
    const fallback = SETTINGS[name].default * unit;
    return typeof value === 'number' && Number.isFinite(value) && value >= min * unit && value <= max * unit
        ? value
        : fallback;
}
/** The request settings a session file carries, each within its bounds; the API URL is checked by the caller. */
function transportSettings(apiUrl, saved) {
    return {
        apiUrl,
        timeoutMs: clamped('request-timeout', saved.timeoutMs),
        maxAttempts: clamped('max-attempts', saved.maxAttempts),
        maxRetryWaitMs: clamped('max-retry-wait', saved.maxRetryWaitMs)
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4601:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
