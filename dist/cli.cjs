/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = require("node:url");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: ./src/api/tokens.ts
/**
 * How the two tokens travel (docs/protocol.md, "Tokens on the wire"): the one home of the
 * cookie form, the auth headers of each mode and the rule for what a token may contain.
 * No imports: the command's fast path (dist/cli.cjs) bundles this file.
 */
const TT_COOKIE = 'GDCAuthTT';
const SST_COOKIE = 'GDCAuthSST';
/** The TT as later steps send it: `GDCAuthTT=<TT>`. */
const ttCookie = (tt) => `${TT_COOKIE}=${tt}`;
/**
 * A token we are willing to put into a header or a cookie: printable ASCII without white space,
 * `;`, `,`, `"` or `\`. Anything else could split a header (CR/LF) or smuggle a second cookie
 * (`x; GDCAuthTT=forged`), so it is refused rather than escaped.
 */
function isToken(value) {
    return (typeof value === 'string' &&
        value.length > 0 &&
        value.length <= 4096 &&
        /^[\x21-\x7e]+$/.test(value) &&
        !/[;,"\\]/.test(value));
}
/**
 * Headers that carry the tokens. Header mode sends the TT both as X-GDC-AuthTT (what GoodData's
 * own clients send, recorded) and as the GDCAuthTT cookie (what Twilio's documentation shows).
 */
function authHeaders(authMode, tokens) {
    const headers = {};
    const cookies = [];
    if (tokens.sst) {
        if (authMode === 'cookie')
            cookies.push(`${SST_COOKIE}=${tokens.sst}`);
        else
            headers['X-GDC-AuthSST'] = tokens.sst;
    }
    if (tokens.tt) {
        if (authMode === 'header')
            headers['X-GDC-AuthTT'] = tokens.tt;
        cookies.push(ttCookie(tokens.tt));
    }
    if (cookies.length)
        headers.Cookie = cookies.join('; ');
    return headers;
}
/** Cookie values from Set-Cookie headers; cleared cookies (empty value) are skipped. */
function parseSetCookies(setCookie) {
    const jar = {};
    for (const line of setCookie ?? []) {
        const pair = line.split(';', 1)[0];
        const eq = pair.indexOf('=');
        if (eq < 1)
            continue;
        const value = pair
            .slice(eq + 1)
            .trim()
            .replace(/^"(.*)"$/, '$1');
        if (value)
            jar[pair.slice(0, eq).trim()] = value;
    }
    return jar;
}

;// CONCATENATED MODULE: ./src/session/env-names.ts
/**
 * The one home of the env-prefix rule: the names of the env vars through which the action hands
 * a session to later steps and the `flex-insights` command finds it. No imports: the command's
 * fast path uses it.
 */
const DEFAULT_PREFIX = 'FLEX_INSIGHTS';
const PREFIX_PATTERN = /^[A-Z][A-Z0-9_]*$/;
const isPrefix = (value) => PREFIX_PATTERN.test(value);
const envName = (prefix, suffix) => `${prefix}_${suffix}`;

;// CONCATENATED MODULE: ./src/session/session-file.ts
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
const NO_FOLLOW = external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0;
// Names need to be unique, not secret (the folder is 0700), and node:crypto would slow every
// `flex-insights token` (the bench row "flex-insights token (cached)", BENCHMARKS.md).
const uniqueSuffix = () => `${process.pid.toString(16)}${Date.now().toString(16)}${Math.random().toString(16).slice(2, 10)}`;
/** A fresh private folder for one invocation of the action, with the path of its session file. */
function createSessionFolder(runnerTemp) {
    const folder = mkdtempSync(join(runnerTemp, FOLDER_PREFIX));
    checkPrivate(folder, 'folder');
    return { folder, file: join(folder, `session-${uniqueSuffix()}.json`) };
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
        stats = (0,external_node_fs_namespaceObject.lstatSync)(path);
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
    rename: external_node_fs_namespaceObject.renameSync,
    wait: ms => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms),
    platform: process.platform
};
/**
 * Windows refuses to replace a file that another process has open without delete sharing
 * (MoveFileEx: EPERM, EACCES or EBUSY): a virus scanner, an indexer, a script reading the file.
 * Those holds pass, so the rename is tried again for about 1.6 s in all before it fails.
 */
const SHARING_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const REPLACE_WAITS_MS = (/* unused pure expression or super */ null && ([10, 20, 40, 80, 160, 320, 500, 500]));
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
    checkPrivate(dirname(path), 'folder');
    const tmp = `${path}.${uniqueSuffix()}.tmp`;
    writeFileSync(tmp, JSON.stringify(content), { mode: 0o600, flag: 'wx' });
    try {
        replaceFile(tmp, path, replacer);
    }
    catch (error) {
        rmSync(tmp, { force: true });
        const code = error.code ?? '';
        if (!SHARING_CODES.has(code))
            throw error;
        throw new SessionFileError(`cannot replace the session file ${path} (${code}): another program keeps it open ` +
            '(a virus scanner, or a script reading it without delete sharing); let it go and try again');
    }
}
/** Reads the file after checking it and its folder; the content is checked by its users. */
function readSessionFile(path) {
    checkPrivate((0,external_node_path_namespaceObject.dirname)(path), 'folder');
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | NO_FOLLOW);
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
        const why = refuse(Object.assign((0,external_node_fs_namespaceObject.fstatSync)(fd), { isSymbolicLink: () => false }), 'file');
        if (why)
            throw new SessionFileError(`refusing to use session file ${path}: it ${why}`);
        text = (0,external_node_fs_namespaceObject.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
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
    const folder = dirname(file);
    try {
        checkPrivate(folder, 'folder');
    }
    catch {
        return; // not ours to delete (a planted link, say): leave it alone
    }
    rmSync(folder, { recursive: true, force: true });
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

;// CONCATENATED MODULE: ./src/session/token-times.ts
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

;// CONCATENATED MODULE: ./src/cli/fast-path.ts
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
const fdWriter = { writeSync: external_node_fs_namespaceObject.writeSync, stream: fd => (fd === 1 ? process.stdout : process.stderr) };
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

;// CONCATENATED MODULE: ./src/cli/fast-entry.ts
// Entry of the `flex-insights` shim, bundled as CommonJS (dist/cli.cjs): Node starts a CJS file
// faster than an ES module (the bench row "flex-insights token (cached)"), and printing a cached
// token is the hot path of long export loops. Everything else is handed to the full command in dist/index.js.



const answer = cachedAnswer(process.argv.slice(2), process.env, Date.now());
if (answer !== undefined) {
    writeToFd(1, `${answer.text}\n`);
}
else {
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