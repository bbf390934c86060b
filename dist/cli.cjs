/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	// The require scope
/******/ 	var __nccwpck_require__ = {};
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = require("node:url");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: ./src/logger.ts
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined
};
/** Wraps a mask function so each value is registered once, however many paths see it. */
function maskOnce(mask) {
    const seen = new Set();
    return secret => {
        if (!secret || seen.has(secret))
            return;
        seen.add(secret);
        mask(secret);
    };
}
/**
 * Holds log lines until the real logger exists (@actions/core loads while the first request is
 * already on the wire), then forwards them, and everything after, in order.
 */
class BufferedLogger {
    lines = [];
    target;
    debug(message) {
        this.emit('debug', message);
    }
    info(message) {
        this.emit('info', message);
    }
    warning(message) {
        this.emit('warning', message);
    }
    attach(target) {
        this.target = target;
        for (const [level, message] of this.lines)
            target[level](message);
        this.lines = [];
    }
    emit(level, message) {
        if (this.target)
            this.target[level](message);
        else
            this.lines.push([level, message]);
    }
}
/** A workflow command line, escaped as @actions/core escapes command data. */
function addMaskCommand(secret) {
    return `::add-mask::${secret.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`;
}
/** `::add-mask::`, byte for byte what core.setSecret prints, for use before core is loaded. */
function stdoutMask(secret) {
    process.stdout.write(addMaskCommand(secret));
}

;// CONCATENATED MODULE: ./src/session-file.ts
/**
 * The private session file shared by the main step, the `flex-insights` command and the post
 * step. It holds the SST, so it lives under RUNNER_TEMP with mode 0600 instead of in an env var
 * that every later step (and every process they start) would inherit.
 *
 * Writes are atomic (temp file + rename) and refreshes are serialised by a lock file, so
 * parallel `flex-insights token` calls never see a half-written file or refresh twice.
 * Only node:fs here: the cached-token path must not load the HTTP stack.
 */


class SessionFileError extends Error {
}
function sessionDir(runnerTemp) {
    return (0,external_node_path_namespaceObject.join)(runnerTemp, 'flex-insights-auth');
}
// Names need to be unique, not secret (the directory is 0700, the file 0600), and node:crypto
// would add 1.5 ms to every `flex-insights token` (see BENCHMARKS.md).
const uniqueSuffix = () => `${process.pid.toString(16)}${Date.now().toString(16)}${Math.random().toString(16).slice(2, 10)}`;
/** A new private file path for one invocation of the action. */
function newSessionFilePath(runnerTemp) {
    return join(sessionDir(runnerTemp), `session-${uniqueSuffix()}.json`);
}
function writeSessionFile(path, content) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const tmp = `${path}.${uniqueSuffix()}.tmp`;
    writeFileSync(tmp, JSON.stringify(content), { mode: 0o600 });
    renameSync(tmp, path);
}
function readSessionFile(path) {
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new SessionFileError(`session file ${path} does not exist (was the session already ended by the post step?)`);
        throw new SessionFileError(`cannot read session file ${path}: ${code ?? error.message}`);
    }
    try {
        const content = JSON.parse(text);
        if (content.version === 1 && content.sst && content.profileId && content.apiUrl)
            return content;
    }
    catch {
        // reported below
    }
    throw new SessionFileError(`session file ${path} is not a Flex Insights Auth session file`);
}
function removeSessionFile(path) {
    rmSync(path, { force: true });
    rmSync(`${path}.lock`, { force: true });
}
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/**
 * Runs `fn` while holding `<path>.lock` (O_EXCL create). Waiters poll; a lock older than
 * `staleMs` is from a process that died mid-refresh and is taken over.
 */
async function withSessionLock(path, staleMs, fn) {
    const lock = `${path}.lock`;
    for (;;) {
        try {
            closeSync(openSync(lock, 'wx', 0o600));
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            try {
                if (Date.now() - statSync(lock).mtimeMs > staleMs)
                    rmSync(lock, { force: true });
            }
            catch {
                // the holder released it between our open and stat: just try again
            }
            await sleep(25);
        }
    }
    try {
        return await fn();
    }
    finally {
        rmSync(lock, { force: true });
    }
}

;// CONCATENATED MODULE: ./src/token-times.ts
/**
 * When a TT expires and whether a cached one is still good. No imports: the fast path of the
 * `flex-insights` command (dist/cli.cjs) bundles this and must stay tiny.
 */
const TT_LIFETIME_MS = 10 * 60 * 1000;
/** A TT is reused only while it has at least this long to live. */
const MIN_TT_VALIDITY_MS = 60 * 1000;
/** The most `--min-validity` may ask of a 10-minute TT: a fresh one must still satisfy it. */
const MAX_MIN_VALIDITY_S = 540;
/** `--min-validity SECONDS` in ms, or undefined unless whole seconds from 0 to MAX_MIN_VALIDITY_S. */
function parseMinValidity(raw) {
    return /^\d+$/.test(raw) && Number(raw) <= MAX_MIN_VALIDITY_S ? Number(raw) * 1000 : undefined;
}
function ttExpiresAt(record) {
    return (record.ttIssuedAt ?? 0) + (record.ttLifetimeMs ?? TT_LIFETIME_MS);
}
/**
 * Whether the cached TT still has minValidityMs to live. With a short token-lifetime the
 * margin shrinks to half the lifetime, else no cached token could ever be used.
 */
function isTtFresh(record, now, minValidityMs = MIN_TT_VALIDITY_MS) {
    const margin = Math.min(minValidityMs, (record.ttLifetimeMs ?? TT_LIFETIME_MS) / 2);
    return !!record.tt && record.ttIssuedAt !== undefined && ttExpiresAt(record) - now >= margin;
}

;// CONCATENATED MODULE: ./src/cli-fast-path.ts
/**
 * The fast path of `flex-insights token` / `cookie`: answer from the session file when its TT
 * is still fresh, with nothing but node:fs (session-file.ts). Anything else (a refresh, another
 * command, a bad option, a missing or foreign file) returns undefined and the full command
 * handles it, errors included, so this file never needs its own error messages.
 */




function cachedAnswer(argv, env, now) {
    const [command, ...rest] = argv;
    if (command !== 'token' && command !== 'cookie')
        return undefined;
    let session;
    let prefix = 'FLEX_INSIGHTS';
    let minValidityMs = MIN_TT_VALIDITY_MS;
    for (let i = 0; i < rest.length; i += 2) {
        const value = rest[i + 1];
        if (value === undefined)
            return undefined;
        if (rest[i] === '--session')
            session = value;
        else if (rest[i] === '--prefix')
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
    const path = session ?? env[`${prefix}_SESSION_FILE`];
    if (!path)
        return undefined;
    let content;
    try {
        content = readSessionFile(path);
    }
    catch {
        return undefined;
    }
    if (content.loggedOut || !isTtFresh(content, now, minValidityMs))
        return undefined;
    return command === 'token' ? content.tt : `GDCAuthTT=${content.tt}`;
}
/** What the command prints for a cached answer: masks first (stderr, inside Actions), then the answer. */
function printCached(answer, env, write) {
    if (env.GITHUB_ACTIONS === 'true') {
        const tt = answer.startsWith('GDCAuthTT=') ? answer.slice('GDCAuthTT='.length) : answer;
        write.stderr(addMaskCommand(tt) + addMaskCommand(`GDCAuthTT=${tt}`));
    }
    write.stdout(`${answer}\n`);
}
const fdWriter = { writeSync: external_node_fs_namespaceObject.writeSync, stream: fd => (fd === 1 ? process.stdout : process.stderr) };
/**
 * Writes `text` to fd 1 or 2 without creating process.stdout/stderr: when the fd is a pipe
 * (`$(flex-insights token)`, a runner step) Node builds a net.Socket for it, ~3 ms of the fast
 * path's ~4 ms above bare `node`. A full non-blocking pipe (EAGAIN) gets the rest through the
 * stream, which waits for the reader.
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

;// CONCATENATED MODULE: ./src/command-shim.ts
/**
 * Puts `flex-insights` on PATH for later steps: a POSIX shell shim and a .cmd for Windows
 * runners, both running the bundled dist/cli.cjs with the runner's own node binary.
 */


/** First argument that tells dist/index.js to act as the full command rather than the action. */
const CLI_FLAG = '--flex-insights-cli';
const shQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
/** `entry` is dist/cli.cjs: the fast path, which hands anything else to dist/index.js. */
function writeCommandShims(binDir, nodePath, entry) {
    mkdirSync(binDir, { recursive: true });
    const sh = join(binDir, 'flex-insights');
    writeFileSync(sh, `#!/bin/sh\nexec ${shQuote(nodePath)} ${shQuote(entry)} "$@"\n`);
    chmodSync(sh, 0o755);
    writeFileSync(join(binDir, 'flex-insights.cmd'), `@"${nodePath}" "${entry}" %*\r\n`);
}

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = require("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
;// CONCATENATED MODULE: ./src/compile-cache.ts



/**
 * Node ≥ 22.1 (the runner's node24) can keep V8's compiled code on disk. Under RUNNER_TEMP
 * (private to the job, removed with it) the post step and `flex-insights` refreshes reuse what
 * the main step compiled instead of compiling ~1 MB again (~8 ms a step, see BENCHMARKS.md).
 * Older Nodes, or no RUNNER_TEMP (local runs): nothing happens.
 */
function enableCompileCache(env = process.env) {
    const enable = (external_node_module_default()).enableCompileCache;
    if (!enable || !env.RUNNER_TEMP)
        return;
    try {
        enable((0,external_node_path_namespaceObject.join)(sessionDir(env.RUNNER_TEMP), 'compile-cache'));
    }
    catch {
        // an optimisation only
    }
}

;// CONCATENATED MODULE: ./src/cli-fast.ts
// Entry of the `flex-insights` shim, bundled as CommonJS (dist/cli.cjs): Node starts a CJS file
// ~4 ms faster than an ES module, and printing a cached token is the hot path of long export
// loops. Everything else is handed to the full command in dist/index.js.





const answer = cachedAnswer(process.argv.slice(2), process.env, Date.now());
if (answer !== undefined) {
    printCached(answer, process.env, { stdout: t => writeToFd(1, t), stderr: t => writeToFd(2, t) });
}
else {
    enableCompileCache();
    process.argv.splice(2, 0, CLI_FLAG);
    const full = (0,external_node_url_namespaceObject.pathToFileURL)((0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(process.argv[1]), 'index.js')).href;
    import(/* webpackIgnore: true */ full).catch((error) => {
        process.stderr.write(`flex-insights: ${error.message}\n`);
        process.exitCode = 1;
    });
}

module.exports = __webpack_exports__;
/******/ })()
;