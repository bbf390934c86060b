import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1340:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ FlexInsightsError),
/* harmony export */   U3: () => (/* binding */ responseError),
/* harmony export */   ut: () => (/* binding */ describeErrorBody)
/* harmony export */ });
/* unused harmony export renderTemplate */
/**
 * Errors of the Flex Insights API, rendered as one readable line: which call failed, the HTTP
 * status, the server's own message and the request id, followed by what to do about it.
 * Raw bodies, HTML pages and stack traces never reach the message.
 */
class FlexInsightsError extends Error {
    call;
    details;
    constructor(call, summary, details) {
        super(composeMessage(call, summary, details));
        this.name = 'FlexInsightsError';
        this.call = call;
        this.details = details;
    }
    get kind() {
        return this.details.kind;
    }
}
function composeMessage(call, summary, d) {
    let text = `Flex Insights ${call} failed: ${summary}`;
    if (d.serverMessage)
        text += `: ${d.serverMessage}`;
    if (d.attempts && d.attempts > 1)
        text += ` (after ${d.attempts} attempts)`;
    if (d.requestId)
        text += ` [request id ${d.requestId}]`;
    if (d.hint)
        text += `. ${d.hint}`;
    return text;
}
/** A FlexInsightsError for an HTTP answer: its status, the server's own message, the request id. */
function responseError(call, res, details = {}) {
    const contentType = res.headers['content-type'];
    const body = describeErrorBody(res.body, (Array.isArray(contentType) ? contentType[0] : contentType) ?? '');
    return new FlexInsightsError(call, `HTTP ${res.status}`, {
        kind: 'http',
        status: res.status,
        serverMessage: body.message,
        requestId: body.requestId ?? res.requestId,
        attempts: res.attempts,
        ...details
    });
}
const MAX_MESSAGE = 300;
/** printf-style rendering as GoodData's clients do: `%s`/`%d` filled from `parameters`. */
function renderTemplate(template, parameters) {
    const params = Array.isArray(parameters) ? [...parameters] : [];
    return template.replace(/%%|%[sdif]/g, token => {
        if (token === '%%')
            return '%';
        if (params.length === 0)
            return token;
        const value = params.shift();
        return typeof value === 'string' ? value : JSON.stringify(value);
    });
}
function oneLine(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE)}…` : flat;
}
/**
 * The server's message from any of the error-body shapes of protocol.md §7.1:
 * `{"error":{"message","parameters","requestId"}}`, the auth proxy's `{"error":{"code","message"}}`,
 * the bare login error `{"component","message","parameters"}`, an empty body, or an HTML page.
 */
function describeErrorBody(body, contentType = '') {
    const text = body.trim();
    if (!text)
        return { message: 'empty response body' };
    if (/html/i.test(contentType) || /^<(!doctype|html|head|body|\?xml)/i.test(text)) {
        const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
        return { message: title ? `HTML error page "${oneLine(title)}"` : 'HTML error page' };
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        if (/json/i.test(contentType) || /^[[{]/.test(text)) {
            return { message: `malformed JSON body (${Buffer.byteLength(text)} bytes)` };
        }
        return { message: `"${oneLine(text)}"` };
    }
    if (json && typeof json === 'object') {
        const outer = json;
        const inner = outer.error && typeof outer.error === 'object' ? outer.error : outer;
        const requestId = typeof inner.requestId === 'string' ? inner.requestId : undefined;
        if (typeof inner.message === 'string') {
            return { message: `"${oneLine(renderTemplate(inner.message, inner.parameters))}"`, requestId };
        }
        return { message: 'JSON body without a message', requestId };
    }
    return { message: `"${oneLine(text)}"` };
}


/***/ }),

/***/ 1264:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ AuthSession)
/* harmony export */ });
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1340);
/* harmony import */ var _flex_insights_client_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1350);
/* harmony import */ var _token_times_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1197);
/**
 * A logged-in Flex Insights session: what the post step and the `flex-insights` command keep
 * (api-url, profile id, SST, the current TT and when it was issued), and the procedures that
 * need more than one call: a token that stays valid long enough, and a logout that survives an
 * expired TT or an already-dead session.
 */



function errorMentionsNotLoggedIn(res) {
    return /not logged in|doesn'?t exist/i.test(res.body);
}
class AuthSession {
    client;
    record;
    now;
    constructor(client, record, now = Date.now) {
        this.client = client;
        this.record = record;
        this.now = now;
    }
    /** Fetches a new TT from the SST and remembers it. Throws kind `session-gone` if the SST is dead. */
    async refresh() {
        const issuedAt = this.now();
        const tt = await this.client.issueToken(this.record.sst, this.record.mode);
        this.record.tt = tt;
        this.record.ttIssuedAt = issuedAt;
        return tt;
    }
    /** The cached TT while it has at least minValidityMs left, else a fresh one. */
    async token(minValidityMs = _token_times_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_TT_VALIDITY_MS */ .qU) {
        if ((0,_token_times_js__WEBPACK_IMPORTED_MODULE_2__/* .isTtFresh */ .HI)(this.record, this.now(), minValidityMs))
            return { tt: this.record.tt, refreshed: false };
        return { tt: await this.refresh(), refreshed: true };
    }
    /**
     * Runs an SST+TT call (logout, delete-profile): with a fresh TT, and once more after a
     * refresh if the server answers with the TT challenge. Returns the final response, or
     * `undefined` when the SST turns out to be dead.
     */
    async withFreshToken(send) {
        let tt;
        try {
            tt = (await this.token()).tt;
        }
        catch (error) {
            if (error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD && error.kind === 'session-gone')
                return undefined;
            throw error;
        }
        let res = await send(tt);
        if ((0,_flex_insights_client_js__WEBPACK_IMPORTED_MODULE_1__/* .challengeOf */ .p1)(res) === 'tt') {
            try {
                tt = await this.refresh();
            }
            catch (error) {
                if (error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD && error.kind === 'session-gone')
                    return undefined;
                throw error;
            }
            res = await send(tt);
        }
        return res;
    }
    /** Logs out (kills the SST and its TTs). Already-gone sessions are an outcome, not an error. */
    async logout() {
        const { profileId, sst, mode } = this.record;
        const res = await this.withFreshToken(tt => this.client.logout(profileId, sst, tt, mode));
        if (!res)
            return { ended: false, reason: 'the session had already ended (logged out or expired)' };
        if (res.status === 204 || res.status === 200)
            return { ended: true };
        if (res.status === 401)
            return { ended: false, reason: 'the session had already ended (the server no longer accepts its tokens)' };
        if (res.status === 404 || (res.status === 400 && errorMentionsNotLoggedIn(res))) {
            return { ended: false, reason: `the session had already ended (HTTP ${res.status}: not logged in)` };
        }
        throw (0,_flex_insights_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpError */ .p2)('logout', res);
    }
    /** Deletes the logged-in user's own profile. Irreversible. */
    async deleteProfile() {
        const { profileId, sst, mode } = this.record;
        const res = await this.withFreshToken(tt => this.client.deleteProfile(profileId, sst, tt, mode));
        if (!res) {
            throw new _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD('delete-profile', 'the session has ended', {
                kind: 'session-gone',
                hint: 'Log in again (run the action again) before deleting the profile'
            });
        }
        if (res.status !== 204 && res.status !== 200)
            throw (0,_flex_insights_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpError */ .p2)('delete-profile', res);
    }
}


/***/ }),

/***/ 5581:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1340);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6999);
/* harmony import */ var _session_file_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8782);
/* harmony import */ var _token_times_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1197);
/**
 * `flex-insights`: the command the action puts on PATH for jobs that outlive the 10-minute TT.
 * It reads the private session file written by the main step and prints a token that stays
 * valid, refreshing it (once, whatever the number of parallel callers) only when needed.
 *
 * Exit codes: 0 success, 1 failure, 2 usage error. stdout carries only the token or cookie, so
 * `$(flex-insights token)` works; everything else goes to stderr.
 */




const defaultIo = {
    env: process.env,
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    now: Date.now
};
const USAGE = `Usage: flex-insights <command> [options]

Commands:
  token                      print a Temporary Token valid for at least 60 more seconds
  cookie                     print it as a cookie: GDCAuthTT=<token>
  logout                     log the session out now (the post step then has nothing to do)
  delete-profile --confirm LOGIN
                             delete the logged-in user's own profile; cannot be undone

Options:
  --session FILE             session file (default: $FLEX_INSIGHTS_SESSION_FILE)
  --prefix P                 read the session file path from $P_SESSION_FILE
  -h, --help                 help for a command: flex-insights token --help

Exit codes: 0 success, 1 failure, 2 usage error.
`;
const HELP = {
    token: `Usage: flex-insights token [--min-validity SECONDS] [--session FILE | --prefix P]

Prints a Temporary Token (TT) that stays valid for at least --min-validity seconds (default 60,
at most ${_token_times_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_MIN_VALIDITY_S */ .vg}): the cached one while it is, otherwise a fresh one from the API, saved for the next
call. Only the token goes to stdout, so this works:

  curl -b "GDCAuthTT=$(flex-insights token)" "$FLEX_INSIGHTS_API_URL/gdc/..."

Inside GitHub Actions a new token is masked (::add-mask:: on stderr).
`,
    cookie: `Usage: flex-insights cookie [--min-validity SECONDS] [--session FILE | --prefix P]

Like "flex-insights token", printed as a cookie for curl -b:

  curl -b "$(flex-insights cookie)" "$FLEX_INSIGHTS_API_URL/gdc/..."
`,
    logout: `Usage: flex-insights logout [--session FILE | --prefix P]

Logs the session out now: its Super Secured Token stops working and later token calls fail.
The action's post step then sees the session has ended and stays quiet.
`,
    'delete-profile': `Usage: flex-insights delete-profile --confirm LOGIN [--session FILE | --prefix P]

Deletes the Flex Insights profile of the logged-in user (DELETE /gdc/account/profile/{id}), for
off-boarding a service account. THIS CANNOT BE UNDONE. --confirm must repeat the login (email)
the session belongs to; anything else is refused.
`
};
class UsageError extends Error {
}
class CliError extends Error {
}
function parseArgs(argv) {
    const args = { minValidityMs: _token_times_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_TT_VALIDITY_MS */ .qU, help: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = () => {
            const v = argv[++i];
            if (v === undefined || v.startsWith('--'))
                throw new UsageError(`${arg} needs a value`);
            return v;
        };
        if (arg === '-h' || arg === '--help')
            args.help = true;
        else if (arg === '--session')
            args.session = value();
        else if (arg === '--prefix')
            args.prefix = value();
        else if (arg === '--confirm')
            args.confirm = value();
        else if (arg === '--min-validity') {
            const ms = (0,_token_times_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMinValidity */ .AI)(value());
            if (ms === undefined)
                throw new UsageError(`--min-validity must be whole seconds from 0 to ${_token_times_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_MIN_VALIDITY_S */ .vg}`);
            args.minValidityMs = ms;
        }
        else if (arg.startsWith('-'))
            throw new UsageError(`unknown option ${arg}`);
        else if (!args.command)
            args.command = arg;
        else
            throw new UsageError(`unexpected argument ${arg}`);
    }
    return args;
}
function sessionPath(args, env) {
    if (args.session)
        return args.session;
    if (args.prefix && !/^[A-Z][A-Z0-9_]*$/.test(args.prefix))
        throw new UsageError(`--prefix must look like an env-prefix (e.g. FLEX_INSIGHTS); got "${args.prefix}"`);
    const name = `${args.prefix ?? 'FLEX_INSIGHTS'}_SESSION_FILE`;
    const path = env[name];
    if (!path) {
        throw new CliError(`no session file: $${name} is not set. Run the Flex Insights Auth action earlier in this job (with export-env: true), or pass --session FILE`);
    }
    return path;
}
function cliLogger(io) {
    const debug = io.env.RUNNER_DEBUG === '1';
    return {
        debug: m => {
            if (debug)
                io.stderr(`flex-insights: ${m}\n`);
        },
        info: m => io.stderr(`flex-insights: ${m}\n`),
        warning: m => io.stderr(`flex-insights: warning: ${m}\n`)
    };
}
/** The lock is stale once the holder has had all its attempts and then some. */
function staleAfterMs(record) {
    return record.timeoutMs * record.maxAttempts + 60_000;
}
function endedError() {
    return new CliError('the session has ended (logged out or expired); run the Flex Insights Auth action again to log in');
}
async function ensureToken(path, minValidityMs, io, mask, logger) {
    const cached = (0,_session_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readSessionFile */ .zZ)(path);
    if (cached.loggedOut)
        throw endedError();
    if ((0,_token_times_js__WEBPACK_IMPORTED_MODULE_3__/* .isTtFresh */ .HI)(cached, io.now(), minValidityMs))
        return cached;
    const network = await __nccwpck_require__.e(/* import() */ 306).then(__nccwpck_require__.bind(__nccwpck_require__, 2306));
    return (0,_session_file_js__WEBPACK_IMPORTED_MODULE_2__/* .withSessionLock */ .ET)(path, staleAfterMs(cached), async () => {
        // Another caller may have refreshed while we waited for the lock.
        const current = (0,_session_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readSessionFile */ .zZ)(path);
        if (current.loggedOut)
            throw endedError();
        if ((0,_token_times_js__WEBPACK_IMPORTED_MODULE_3__/* .isTtFresh */ .HI)(current, io.now(), minValidityMs))
            return current;
        try {
            await network.refreshToken(current, { mask, logger, now: io.now });
        }
        catch (error) {
            if (error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD && error.kind === 'session-gone') {
                (0,_session_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSessionFile */ .s8)(path, { ...current, loggedOut: true });
                throw endedError();
            }
            throw error;
        }
        (0,_session_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSessionFile */ .s8)(path, current);
        logger.debug(`refreshed the temporary token; valid until ${new Date((0,_token_times_js__WEBPACK_IMPORTED_MODULE_3__/* .ttExpiresAt */ .wY)(current)).toISOString()}`);
        return current;
    });
}
async function endSession(path, args, io, mask, logger) {
    const deleting = args.command === 'delete-profile';
    if (deleting && !args.confirm)
        throw new UsageError('delete-profile needs --confirm LOGIN (the login of the session), because it cannot be undone');
    const first = (0,_session_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readSessionFile */ .zZ)(path);
    const network = await __nccwpck_require__.e(/* import() */ 306).then(__nccwpck_require__.bind(__nccwpck_require__, 2306));
    await (0,_session_file_js__WEBPACK_IMPORTED_MODULE_2__/* .withSessionLock */ .ET)(path, staleAfterMs(first), async () => {
        const record = (0,_session_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readSessionFile */ .zZ)(path);
        if (deleting && args.confirm?.toLowerCase() !== record.login.toLowerCase()) {
            throw new CliError(`refusing to delete: --confirm "${args.confirm}" is not the login of this session (${record.login}). Nothing was deleted`);
        }
        if (record.loggedOut) {
            if (deleting)
                throw endedError();
            io.stderr('flex-insights: the session had already ended; nothing to do\n');
            return;
        }
        mask(record.sst);
        if (deleting) {
            await network.deleteProfile(record, { mask, logger, now: io.now });
            (0,_session_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSessionFile */ .s8)(path, { ...record, loggedOut: true });
            io.stderr(`flex-insights: deleted the Flex Insights profile of ${record.login} (profile ${record.profileId}). This cannot be undone; the session has ended\n`);
            return;
        }
        const outcome = await network.logout(record, { mask, logger, now: io.now });
        (0,_session_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSessionFile */ .s8)(path, { ...record, loggedOut: true });
        io.stderr(outcome.ended
            ? `flex-insights: logged out of Flex Insights (profile ${record.profileId}); the session's tokens no longer work\n`
            : `flex-insights: ${outcome.reason}; nothing to do\n`);
    });
}
async function runCli(argv, io = defaultIo) {
    const logger = cliLogger(io);
    const inActions = io.env.GITHUB_ACTIONS === 'true';
    const mask = (0,_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .maskOnce */ .S_)(secret => {
        if (inActions)
            io.stderr((0,_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .addMaskCommand */ .F8)(secret));
    });
    let args;
    try {
        args = parseArgs(argv);
        if (!args.command) {
            io[args.help ? 'stdout' : 'stderr'](USAGE);
            return args.help ? 0 : 2;
        }
        if (!(args.command in HELP))
            throw new UsageError(`unknown command "${args.command}"`);
        if (args.help) {
            io.stdout(HELP[args.command]);
            return 0;
        }
        const path = sessionPath(args, io.env);
        if (args.command === 'token' || args.command === 'cookie') {
            const record = await ensureToken(path, args.minValidityMs, io, mask, logger);
            const tt = record.tt;
            mask(tt);
            mask(`GDCAuthTT=${tt}`);
            io.stdout(args.command === 'token' ? `${tt}\n` : `GDCAuthTT=${tt}\n`);
            return 0;
        }
        await endSession(path, args, io, mask, logger);
        return 0;
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`flex-insights: ${error.message}\n\n${args?.command && HELP[args.command] ? HELP[args.command] : USAGE}`);
            return 2;
        }
        const known = error instanceof CliError || error instanceof _session_file_js__WEBPACK_IMPORTED_MODULE_2__/* .SessionFileError */ .vB || error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD;
        io.stderr(`flex-insights: ${known ? error.message : `unexpected error: ${error?.message ?? String(error)}`}\n`);
        return 1;
    }
}


/***/ }),

/***/ 3662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ CLI_FLAG),
/* harmony export */   b: () => (/* binding */ writeCommandShims)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Puts `flex-insights` on PATH for later steps: a POSIX shell shim and a .cmd for Windows
 * runners, both running the bundled dist/cli.cjs with the runner's own node binary.
 */


/** First argument that tells dist/index.js to act as the full command rather than the action. */
const CLI_FLAG = '--flex-insights-cli';
const shQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
/** `entry` is dist/cli.cjs: the fast path, which hands anything else to dist/index.js. */
function writeCommandShims(binDir, nodePath, entry) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(binDir, { recursive: true });
    const sh = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(binDir, 'flex-insights');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(sh, `#!/bin/sh\nexec ${shQuote(nodePath)} ${shQuote(entry)} "$@"\n`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(sh, 0o755);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(binDir, 'flex-insights.cmd'), `@"${nodePath}" "${entry}" %*\r\n`);
}


/***/ }),

/***/ 8728:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L: () => (/* binding */ enableCompileCache)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/session-file.ts
var session_file = __nccwpck_require__(8782);
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
        enable((0,external_node_path_.join)((0,session_file/* sessionDir */.s)(env.RUNNER_TEMP), 'compile-cache'));
    }
    catch {
        // an optimisation only
    }
}


/***/ }),

/***/ 6334:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pq: () => (/* binding */ isPostStep),
  Ym: () => (/* binding */ startMain),
  V2: () => (/* binding */ startPost)
});

// UNUSED EXPORTS: readInputFromEnv

// EXTERNAL MODULE: ./src/auth-session.ts
var auth_session = __nccwpck_require__(1264);
// EXTERNAL MODULE: ./src/flex-insights-client.ts
var flex_insights_client = __nccwpck_require__(1350);
// EXTERNAL MODULE: ./src/http-session.ts + 3 modules
var http_session = __nccwpck_require__(1477);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __nccwpck_require__(8422);
// EXTERNAL MODULE: ./src/logger.ts
var logger = __nccwpck_require__(6999);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/session-file.ts
var session_file = __nccwpck_require__(8782);
;// CONCATENATED MODULE: ./src/post-plan.ts
/**
 * What the post step has to do, decided from the saved state and the session file alone (no
 * @actions/core, no network), so the logout can start while core is still loading.
 */


function planPost(state) {
    let record = state.session;
    if (!record)
        return { kind: 'nothing' };
    let note;
    // The session file is fresher than the saved state: `flex-insights` may have refreshed the TT
    // (saving a request here) or ended the session already.
    if (state.sessionFile && (0,external_node_fs_.existsSync)(state.sessionFile)) {
        try {
            const current = (0,session_file/* readSessionFile */.zZ)(state.sessionFile);
            if (current.loggedOut)
                return { kind: 'ended-by-command', record: current };
            record = current;
        }
        catch (error) {
            note = `Ignoring the session file: ${error.message}`;
        }
    }
    if (!state.logout)
        return { kind: 'kept', record };
    return { kind: 'logout', record, note };
}

// EXTERNAL MODULE: ./src/state.ts
var src_state = __nccwpck_require__(2462);
;// CONCATENATED MODULE: ./src/early-start.ts
/**
 * The first network call of each step, started before @actions/core is loaded. Loading core
 * and the rest of the action takes 10-20 ms even with undici deferred (lazy-http-client.ts);
 * the login or logout round trip overlaps it instead of following it. Nothing here needs core:
 * inputs and state come from the env exactly as core reads them, masks are printed exactly as
 * core.setSecret prints them, and log lines wait in a buffer until core can print them.
 */







/** core.getInput without core: the runner passes INPUT_<NAME> (spaces to _, upper-cased); core trims. */
const readInputFromEnv = (name) => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
/** The runner hands the post step the state the main step saved, isPost included. */
const isPostStep = () => !!process.env.STATE_isPost;
function startMain(deps = {}) {
    const mask = (0,logger/* maskOnce */.S_)(logger/* stdoutMask */.IO);
    let inputs;
    try {
        inputs = (0,src_inputs/* parseInputs */.TL)(readInputFromEnv, mask);
    }
    catch (error) {
        return { ok: false, mask, error };
    }
    const logs = new logger/* BufferedLogger */.IG();
    const { written, onRequestWritten } = writeSignal();
    const http = new http_session/* HttpSession */.Nn((0,http_session/* settingsOf */.f5)(inputs), { ...deps, logger: logs, onRequestWritten });
    const client = new flex_insights_client/* FlexInsightsClient */.MF(http, mask);
    const loginSentAt = (deps.now ?? Date.now)();
    const login = client.login(inputs.login, inputs.password, inputs.authMode);
    // main awaits it; this only stops Node from calling a failure unhandled in the meantime
    login.then(onRequestWritten, onRequestWritten);
    return { ok: true, mask, inputs, logs, http, client, loginSentAt, login, written };
}
/**
 * Resolves once the first request is on the wire. Node 22+ loads ES modules without yielding
 * to the event loop, so index.ts waits for this before loading core: otherwise the request
 * would only be written after the loading and nothing would overlap.
 */
function writeSignal() {
    let onRequestWritten;
    const written = new Promise(resolve => (onRequestWritten = resolve));
    return { written, onRequestWritten };
}
function startPost(deps = {}) {
    const state = (0,src_state/* readState */.u)();
    const plan = planPost(state);
    const logs = new logger/* BufferedLogger */.IG();
    const early = { plan, sessionFile: state.sessionFile, logs };
    if (plan.kind !== 'logout' && plan.kind !== 'kept')
        return early;
    // A new process: register the masks again in case anything below ever echoes them.
    const mask = (0,logger/* maskOnce */.S_)(logger/* stdoutMask */.IO);
    mask(plan.record.sst);
    if (plan.record.tt)
        mask(plan.record.tt);
    if (plan.kind === 'kept')
        return early;
    const { record } = plan;
    const { written, onRequestWritten } = writeSignal();
    early.written = written;
    early.http = new http_session/* HttpSession */.Nn((0,http_session/* settingsOf */.f5)(record), { ...deps, logger: logs, onRequestWritten });
    early.outcome = new auth_session/* AuthSession */.j(new flex_insights_client/* FlexInsightsClient */.MF(early.http, mask), record, deps.now).logout();
    early.outcome.then(onRequestWritten, onRequestWritten);
    return early;
}


/***/ }),

/***/ 1350:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ TT_COOKIE),
/* harmony export */   MF: () => (/* binding */ FlexInsightsClient),
/* harmony export */   p1: () => (/* binding */ challengeOf),
/* harmony export */   p2: () => (/* binding */ httpError)
/* harmony export */ });
/* unused harmony exports SST_COOKIE, parseSetCookies */
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1340);

const TT_COOKIE = 'GDCAuthTT';
const SST_COOKIE = 'GDCAuthSST';
/** Which token a 401 asks for, from WWW-Authenticate (protocol.md §7.2), never from the body. */
function challengeOf(res) {
    if (res.status !== 401)
        return 'none';
    const raw = res.headers['www-authenticate'];
    const value = Array.isArray(raw) ? raw.join(', ') : (raw ?? '');
    if (value.includes(`cookie=${SST_COOKIE}`))
        return 'sst';
    if (value.includes(`cookie=${TT_COOKIE}`))
        return 'tt';
    return 'other';
}
/** Cookie values from Set-Cookie headers; cleared cookies (empty value) are skipped. */
function parseSetCookies(headers) {
    const jar = {};
    for (const line of headers['set-cookie'] ?? []) {
        const pair = line.split(';', 1)[0];
        const eq = pair.indexOf('=');
        if (eq < 1)
            continue;
        const value = pair.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
        if (value)
            jar[pair.slice(0, eq).trim()] = value;
    }
    return jar;
}
function headerValue(headers, name) {
    const raw = headers[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    return value ? value.trim() : undefined;
}
const HINTS = {
    login: {
        400: 'The server rejected the login request; check that the login input is an email address',
        401: 'Check the login and password secrets: the user needs direct (password) access to Flex Insights, a password obtained from Flex Insights Support. Not retried, because repeated invalid logins lock the account',
        403: 'The user may not log in with a password; ask Flex Insights Support to enable direct access',
        404: 'No login endpoint at this address; check the api-url input'
    },
    token: {
        404: 'No token endpoint at this address; check the api-url input'
    },
    logout: {
        403: 'The session belongs to another user'
    },
    'delete-profile': {
        403: 'Only the logged-in user can delete their own profile'
    }
};
/** A FlexInsightsError for an unexpected HTTP status, with the server's message and request id. */
function httpError(call, res) {
    let hint = HINTS[call]?.[res.status];
    if (!hint && res.status >= 500)
        hint = 'Flex Insights is having trouble; try again later, or raise max-attempts';
    if (!hint && res.status === 429)
        hint = 'The API asked to slow down; try again later';
    return (0,_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .responseError */ .U3)(call, res, { hint });
}
function protocolError(call, res, what) {
    return new _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD(call, `unexpected response (HTTP ${res.status}): ${what}`, {
        kind: 'protocol',
        status: res.status,
        requestId: res.requestId,
        hint: 'Check that api-url points at the Flex Insights API (https://analytics.ytica.com)'
    });
}
function parseJson(call, res) {
    if (!res.body.trim())
        return {};
    try {
        const value = JSON.parse(res.body);
        if (value && typeof value === 'object')
            return value;
    }
    catch {
        // fall through: reported below without echoing the body
    }
    throw protocolError(call, res, (0,_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .describeErrorBody */ .ut)(res.body, headerValue(res.headers, 'content-type')).message ?? 'not JSON');
}
function stringAt(obj, ...path) {
    let cur = obj;
    for (const key of path) {
        if (!cur || typeof cur !== 'object')
            return undefined;
        cur = cur[key];
    }
    return typeof cur === 'string' && cur ? cur : undefined;
}
class FlexInsightsClient {
    http;
    mask;
    constructor(http, mask) {
        this.http = http;
        this.mask = mask;
    }
    /** Masks the TT and every derived form a later step or log could show. */
    maskTt(tt) {
        this.mask(tt);
        this.mask(`${TT_COOKIE}=${tt}`);
    }
    sstHeaders(sst, mode, tt) {
        const cookies = [];
        const headers = {};
        if (mode === 'cookie')
            cookies.push(`${SST_COOKIE}=${sst}`);
        else
            headers['X-GDC-AuthSST'] = sst;
        if (tt)
            cookies.push(`${TT_COOKIE}=${tt}`);
        if (cookies.length)
            headers.Cookie = cookies.join('; ');
        return headers;
    }
    async login(login, password, mode) {
        const res = await this.http.request({
            call: 'login',
            method: 'POST',
            path: '/gdc/account/login',
            body: { postUserLogin: { login, password, remember: 0, verify_level: mode === 'cookie' ? 0 : 2 } }
        });
        if (res.status !== 200)
            throw httpError('login', res);
        // Mask before parsing anything else, so no later failure can print an unmasked token.
        const cookies = parseSetCookies(res.headers);
        const json = parseJson('login', res);
        const bodySst = stringAt(json, 'userLogin', 'token');
        const headerSst = headerValue(res.headers, 'x-gdc-authsst');
        for (const candidate of [bodySst, headerSst, cookies[SST_COOKIE]])
            if (candidate)
                this.mask(candidate);
        const tt = headerValue(res.headers, 'x-gdc-authtt') ?? cookies[TT_COOKIE];
        if (tt)
            this.maskTt(tt);
        const sst = mode === 'cookie' ? (cookies[SST_COOKIE] ?? bodySst ?? headerSst) : (bodySst ?? headerSst ?? cookies[SST_COOKIE]);
        if (!sst)
            throw protocolError('login', res, 'no Super Secured Token in the response');
        const profileUri = stringAt(json, 'userLogin', 'profile') ?? stringAt(json, 'userLogin', 'state');
        const profileId = profileUri?.split('/').filter(Boolean).pop();
        if (!profileId)
            throw protocolError('login', res, 'no profile in the response');
        return { profileId, sst, tt };
    }
    /**
     * A new TT from the SST. A 401 here means the SST itself is dead (logged out or expired):
     * reported as kind `session-gone` so callers can tell "already logged out" from a failure.
     */
    async issueToken(sst, mode) {
        const res = await this.http.request({
            call: 'token',
            method: 'GET',
            path: '/gdc/account/token',
            headers: this.sstHeaders(sst, mode)
        });
        if (res.status === 401) {
            throw new _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD('token', 'HTTP 401', {
                kind: 'session-gone',
                status: 401,
                requestId: res.requestId,
                hint: 'The session (SST) is no longer valid: it was logged out or has expired; log in again'
            });
        }
        if (res.status !== 200)
            throw httpError('token', res);
        const cookies = parseSetCookies(res.headers);
        const json = parseJson('token', res);
        const bodyTt = stringAt(json, 'userToken', 'token');
        const headerTt = headerValue(res.headers, 'x-gdc-authtt');
        for (const candidate of [bodyTt, headerTt, cookies[TT_COOKIE]])
            if (candidate)
                this.maskTt(candidate);
        const tt = bodyTt ?? headerTt ?? cookies[TT_COOKIE];
        if (!tt)
            throw protocolError('token', res, 'no Temporary Token in the response');
        return tt;
    }
    /** DELETE /gdc/account/login/{id}; the raw answer, for AuthSession to interpret. */
    logout(profileId, sst, tt, mode) {
        return this.http.request({
            call: 'logout',
            method: 'DELETE',
            path: `/gdc/account/login/${encodeURIComponent(profileId)}`,
            headers: this.sstHeaders(sst, mode, tt)
        });
    }
    /** DELETE /gdc/account/profile/{id}: irreversible; only the logged-in user's own profile. */
    deleteProfile(profileId, sst, tt, mode) {
        return this.http.request({
            call: 'delete-profile',
            method: 'DELETE',
            path: `/gdc/account/profile/${encodeURIComponent(profileId)}`,
            headers: this.sstHeaders(sst, mode, tt)
        });
    }
}


/***/ }),

/***/ 1477:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Nn: () => (/* binding */ HttpSession),
  f5: () => (/* binding */ settingsOf)
});

// UNUSED EXPORTS: defaultSleep, isRetryableStatus, newRequestId, parseRetryAfter

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __nccwpck_require__(9783);
// EXTERNAL MODULE: ./src/lazy-http-client.ts
var lazy_http_client = __nccwpck_require__(3100);
;// CONCATENATED MODULE: ./src/version.ts
// Kept in sync with package.json by a unit test; a constant avoids bundling package.json.
const VERSION = '1.0.0';
const USER_AGENT = `flex-insights-auth/${VERSION}`;

;// CONCATENATED MODULE: ./src/agents.ts
/**
 * Connection pools for one HttpSession. Without a proxy: plain keep-alive agents, so login and
 * token share a connection. With one (https_proxy / http_proxy minus no_proxy, decided exactly
 * as @actions/http-client decides), its tunnelling agent. @actions/http-client itself is loaded
 * only then (see lazy-http-client.ts): it pulls in undici, ~25 ms of start-up that every step
 * and every refresh by `flex-insights` would otherwise pay.
 */





class Agents {
    plain = new Map();
    proxied;
    async agentFor(url) {
        if ((0,proxy/* getProxyUrl */.s)(url)) {
            if (!this.proxied) {
                const { HttpClient } = await (0,lazy_http_client/* loadHttpClient */.w)();
                this.proxied = new HttpClient(USER_AGENT, [], { keepAlive: true, allowRedirects: false });
            }
            return this.proxied.getAgent(url.href);
        }
        let agent = this.plain.get(url.protocol);
        if (!agent) {
            agent = url.protocol === 'https:' ? new (external_node_https_default()).Agent({ keepAlive: true }) : new (external_node_http_default()).Agent({ keepAlive: true });
            this.plain.set(url.protocol, agent);
        }
        return agent;
    }
    /** Closes pooled sockets so the process can exit at once. */
    close() {
        for (const agent of this.plain.values())
            agent.destroy();
        this.proxied?.dispose();
    }
}

// EXTERNAL MODULE: ./src/api-error.ts
var api_error = __nccwpck_require__(1340);
// EXTERNAL MODULE: ./src/logger.ts
var logger = __nccwpck_require__(6999);
;// CONCATENATED MODULE: ./src/http-session.ts
/**
 * The one HTTP layer every feature uses (login, token refresh, logout, and later report
 * exports): constant User-Agent, a fresh X-GDC-REQUEST id per request, a hard per-request
 * timeout, and bounded retries for transient failures only.
 *
 * Requests go through node:http(s) with agents from ./agents.ts, which honours https_proxy /
 * no_proxy through @actions/http-client the way every other action does. We do not use
 * HttpClient.request itself because it cannot abort a request in flight: its socket timeout
 * only half-closes the socket, which can keep a post step alive against a server that never
 * answers.
 */







/** The settings out of anything that carries them (parsed inputs, a saved session). */
function settingsOf(source) {
    const { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs } = source;
    return { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs };
}
/** Auth answers are tiny; a cap keeps a misbehaving server from filling memory. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;
const BACKOFF_BASE_MS = 1000;
const BACKOFF_CAP_MS = 20_000;
const TRANSIENT_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'UND_ERR_SOCKET'
]);
class AttemptTimeout extends Error {
}
class BodyTooLarge extends Error {
}
const defaultSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
function isRetryableStatus(status) {
    return status === 408 || status === 429 || status >= 500;
}
/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
function parseRetryAfter(value, now) {
    const raw = Array.isArray(value) ? value[0] : value;
    if (!raw)
        return undefined;
    const trimmed = raw.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed);
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, Math.ceil((date - now) / 1000));
}
function newRequestId() {
    return `flex-insights-auth:${(0,external_node_crypto_.randomBytes)(12).toString('base64url')}`;
}
class HttpSession {
    settings;
    logger;
    sleep;
    random;
    now;
    onRequestWritten;
    agents = new Agents();
    /** Requests actually sent, retries included (reported in logs and by the benchmark). */
    requestCount = 0;
    constructor(settings, deps = {}) {
        this.settings = settings;
        this.logger = deps.logger ?? logger/* silentLogger */.qq;
        this.sleep = deps.sleep ?? defaultSleep;
        this.random = deps.random ?? Math.random;
        this.now = deps.now ?? Date.now;
        this.onRequestWritten = deps.onRequestWritten ?? (() => undefined);
    }
    /** Releases pooled sockets so the process can exit at once. */
    close() {
        this.agents.close();
    }
    /**
     * Sends the request, retrying network errors, timeouts, 408, 429 and 5xx up to maxAttempts.
     * Any other status (400/401/403/404 above all: invalid logins lock the account) is returned
     * after exactly one request, for the caller to interpret.
     */
    async request(req) {
        const { maxAttempts, maxRetryWaitMs } = this.settings;
        for (let attempt = 1;; attempt++) {
            const requestId = newRequestId();
            const started = this.now();
            let waitMs;
            try {
                const res = await this.send(req, requestId);
                res.attempts = attempt;
                this.logger.debug(`${req.method} ${req.path} -> HTTP ${res.status} in ${this.now() - started} ms (attempt ${attempt}/${maxAttempts}, request id ${res.requestId})`);
                if (!isRetryableStatus(res.status))
                    return res;
                const retryAfter = parseRetryAfter(res.headers['retry-after'], this.now());
                if (retryAfter !== undefined && retryAfter * 1000 > maxRetryWaitMs) {
                    throw this.retryAfterTooLong(req.call, res, retryAfter);
                }
                if (attempt >= maxAttempts)
                    return res;
                waitMs = retryAfter !== undefined ? retryAfter * 1000 : this.backoff(attempt);
                this.logger.info(`Flex Insights ${req.call}: HTTP ${res.status}, retrying in ${(waitMs / 1000).toFixed(1)} s (attempt ${attempt + 1}/${maxAttempts})`);
            }
            catch (error) {
                if (error instanceof api_error/* FlexInsightsError */.FD)
                    throw error;
                const failure = this.describeFailure(error);
                this.logger.debug(`${req.method} ${req.path} -> ${failure.text} (attempt ${attempt}/${maxAttempts}, request id ${requestId})`);
                if (!failure.retryable || attempt >= maxAttempts) {
                    throw new api_error/* FlexInsightsError */.FD(req.call, failure.text, {
                        kind: failure.kind,
                        requestId,
                        attempts: attempt,
                        hint: failure.hint
                    });
                }
                waitMs = this.backoff(attempt);
                this.logger.info(`Flex Insights ${req.call}: ${failure.text}, retrying in ${(waitMs / 1000).toFixed(1)} s (attempt ${attempt + 1}/${maxAttempts})`);
            }
            await this.sleep(waitMs);
        }
    }
    /** Exponential backoff with "equal jitter": never zero, never more than the cap. */
    backoff(attempt) {
        const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
        return Math.round(ceiling / 2 + this.random() * (ceiling / 2));
    }
    retryAfterTooLong(call, res, seconds) {
        const until = new Date(this.now() + seconds * 1000).toISOString();
        const maxWait = Math.round(this.settings.maxRetryWaitMs / 1000);
        const why = res.status === 429 && call === 'login'
            ? 'Too many invalid logins: check the login and password secrets before trying again.'
            : 'The server asked to wait longer than this action will.';
        return (0,api_error/* responseError */.U3)(call, res, {
            kind: 'locked-out',
            retryAfterSeconds: seconds,
            hint: `${why} The server asks to wait ${seconds} s (until ${until}), more than max-retry-wait (${maxWait} s); try again after that time, or raise max-retry-wait to wait it out`
        });
    }
    describeFailure(error) {
        const host = new URL(this.settings.apiUrl).host;
        if (error instanceof AttemptTimeout) {
            return {
                text: `no complete response within ${this.settings.timeoutMs / 1000} s`,
                kind: 'timeout',
                retryable: true,
                hint: `${host} did not answer in time; raise request-timeout if the API is just slow`
            };
        }
        if (error instanceof BodyTooLarge) {
            return { text: `response larger than ${MAX_BODY_BYTES} bytes`, kind: 'network', retryable: false };
        }
        const code = error?.code ?? '';
        const message = error?.message ?? String(error);
        const text = code ? `network error ${code} talking to ${host}` : `network error talking to ${host}: ${message}`;
        if (code === 'ENOTFOUND') {
            return { text, kind: 'network', retryable: false, hint: 'Check the api-url input (the host name does not resolve) and any proxy settings' };
        }
        if (/CERT|SSL|TLS/i.test(code)) {
            return { text, kind: 'network', retryable: false, hint: 'The TLS certificate was rejected; check api-url and NODE_EXTRA_CA_CERTS for a corporate proxy' };
        }
        return {
            text,
            kind: 'network',
            retryable: TRANSIENT_NETWORK_CODES.has(code) || !code,
            hint: 'Check that the API is reachable from the runner (api-url, https_proxy/no_proxy)'
        };
    }
    /** One attempt, bounded by timeoutMs from the first byte sent to the last byte read. */
    async send(req, requestId) {
        const url = new URL(this.settings.apiUrl + req.path);
        const payload = req.body === undefined ? undefined : JSON.stringify(req.body);
        const headers = {
            'User-Agent': USER_AGENT,
            Accept: 'application/json',
            'X-GDC-REQUEST': requestId,
            ...req.headers
        };
        if (payload !== undefined) {
            headers['Content-Type'] = 'application/json';
            headers['Content-Length'] = String(Buffer.byteLength(payload));
        }
        const transport = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const agent = await this.agents.agentFor(url);
        this.requestCount++;
        return new Promise((resolve, reject) => {
            const request = transport.request(url, { method: req.method, headers, agent });
            const timer = setTimeout(() => request.destroy(new AttemptTimeout()), this.settings.timeoutMs);
            const fail = (error) => {
                clearTimeout(timer);
                this.onRequestWritten();
                reject(error);
            };
            request.on('finish', this.onRequestWritten);
            request.on('error', fail);
            request.on('response', res => {
                const chunks = [];
                let size = 0;
                res.on('data', (chunk) => {
                    size += chunk.length;
                    if (size > MAX_BODY_BYTES)
                        request.destroy(new BodyTooLarge());
                    else
                        chunks.push(chunk);
                });
                res.on('error', fail);
                res.on('aborted', () => fail(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
                res.on('end', () => {
                    clearTimeout(timer);
                    const echoed = res.headers['x-gdc-request'];
                    resolve({
                        status: res.statusCode ?? 0,
                        headers: res.headers,
                        body: Buffer.concat(chunks).toString('utf8'),
                        requestId: (Array.isArray(echoed) ? echoed[0] : echoed) || requestId,
                        attempts: 1
                    });
                });
            });
            request.end(payload);
        });
    }
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5581);
/* harmony import */ var _command_shim_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3662);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8728);
/* harmony import */ var _early_start_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6334);
// One bundle, three entry points: the action's main and post steps, and the full
// `flex-insights` command (dist/cli.cjs, the command's fast path, passes CLI_FLAG). The command
// is part of this file; the action's @actions/core half is a chunk loaded on demand, after the
// step's first request is already on the wire (see early-start.ts).




(0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .enableCompileCache */ .L)();
if (process.argv[2] === _command_shim_js__WEBPACK_IMPORTED_MODULE_1__/* .CLI_FLAG */ .A) {
    process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(3));
}
else {
    let early;
    try {
        early = (0,_early_start_js__WEBPACK_IMPORTED_MODULE_3__/* .isPostStep */ .pq)() ? (0,_early_start_js__WEBPACK_IMPORTED_MODULE_3__/* .startPost */ .V2)() : (0,_early_start_js__WEBPACK_IMPORTED_MODULE_3__/* .startMain */ .Ym)();
    }
    catch {
        early = undefined; // the step starts over once core is loaded, where errors are reported
    }
    if (early && 'written' in early)
        await early.written;
    const { runAction } = await Promise.all(/* import() */[__nccwpck_require__.e(143), __nccwpck_require__.e(396)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3396));
    await runAction(early);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony exports DEFAULTS, isLoopbackHost, normaliseApiUrl */
/** Defaults mirror action.yml (the runner fills those in; local runs and tests may not). */
const DEFAULTS = {
    'api-url': 'https://analytics.ytica.com',
    'export-env': 'true',
    'env-prefix': 'FLEX_INSIGHTS',
    logout: 'true',
    'auth-mode': 'header',
    'token-lifetime': '600',
    'request-timeout': '30',
    'max-attempts': '3',
    'max-retry-wait': '60'
};
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `Invalid inputs:\n- ${problems.join('\n- ')}`);
        this.problems = problems;
        this.name = 'InputError';
    }
}
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
/** Returns the normalised base URL (no trailing slash) or throws a message for the problem list. */
function normaliseApiUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new Error(`Input "api-url" must be a URL such as https://analytics.ytica.com; "${raw}" does not parse`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
        throw new Error(`Input "api-url" must use https:// (http:// is allowed only for loopback hosts: 127.0.0.0/8, localhost, [::1]); got "${url.protocol}//${url.host}"`);
    }
    if (url.username || url.password) {
        throw new Error('Input "api-url" must not contain credentials; pass them in the login and password inputs');
    }
    if (url.search || url.hash) {
        throw new Error(`Input "api-url" must be a base URL without query or fragment; got "${raw}"`);
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
function parseBoolean(name, raw, problems) {
    if (/^true$/i.test(raw))
        return true;
    if (/^false$/i.test(raw))
        return false;
    problems.push(`Input "${name}" must be true or false; got "${raw}"`);
    return false;
}
function parseNumber(name, raw, min, max, integer, problems) {
    const value = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
        problems.push(`Input "${name}" must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}; got "${raw}"`);
        return min;
    }
    if (value < min || value > max) {
        problems.push(`Input "${name}" must be from ${min} to ${max}; got ${raw}`);
        return min;
    }
    return value;
}
function parseInputs(read, mask) {
    const get = (name) => read(name) || DEFAULTS[name];
    const problems = [];
    // Mask first: nothing below may print it, but a mistake elsewhere must not be able to either.
    const password = read('password');
    if (password)
        mask(password);
    if (!password)
        problems.push('Input "password" is required: pass the Flex Insights password from a secret, e.g. ${{ secrets.FLEX_INSIGHTS_PASSWORD }}');
    const login = read('login');
    if (!login)
        problems.push('Input "login" is required: the email of a Flex Insights user with direct (password) access');
    let apiUrl = DEFAULTS['api-url'];
    try {
        apiUrl = normaliseApiUrl(get('api-url'));
    }
    catch (error) {
        problems.push(error.message);
    }
    const envPrefix = get('env-prefix');
    if (!/^[A-Z][A-Z0-9_]*$/.test(envPrefix)) {
        problems.push(`Input "env-prefix" must be upper-case letters, digits and underscores, starting with a letter (e.g. FLEX_INSIGHTS); got "${envPrefix}"`);
    }
    const authMode = get('auth-mode').toLowerCase();
    if (authMode !== 'header' && authMode !== 'cookie') {
        problems.push(`Input "auth-mode" must be header or cookie; got "${get('auth-mode')}"`);
    }
    const inputs = {
        login,
        password,
        apiUrl,
        envPrefix,
        authMode: authMode,
        exportEnv: parseBoolean('export-env', get('export-env'), problems),
        logout: parseBoolean('logout', get('logout'), problems),
        ttLifetimeMs: parseNumber('token-lifetime', get('token-lifetime'), 2, 3600, true, problems) * 1000,
        timeoutMs: parseNumber('request-timeout', get('request-timeout'), 1, 600, false, problems) * 1000,
        maxAttempts: parseNumber('max-attempts', get('max-attempts'), 1, 10, true, problems),
        maxRetryWaitMs: parseNumber('max-retry-wait', get('max-retry-wait'), 0, 3600, true, problems) * 1000
    };
    if (problems.length)
        throw new InputError(problems);
    return inputs;
}


/***/ }),

/***/ 3100:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ loadHttpClient)
/* harmony export */ });
/* unused harmony export HttpClient */
/** The real @actions/http-client module (undici included), loaded once, on demand. */
function loadHttpClient() {
    return __nccwpck_require__.e(/* import() */ 779).then(__nccwpck_require__.bind(__nccwpck_require__, 2779));
}
/** Every method of the real client that starts a request; each waits for the real client. */
const REQUEST_METHODS = [
    'options', 'get', 'del', 'post', 'patch', 'put', 'head', 'sendStream', 'request',
    'getJson', 'postJson', 'putJson', 'patchJson'
];
class HttpClient {
    userAgent;
    handlers;
    requestOptions;
    real;
    constructor(userAgent, handlers, requestOptions) {
        this.userAgent = userAgent;
        this.handlers = handlers;
        this.requestOptions = requestOptions;
    }
    /** The real client, created with the same arguments on first use. */
    client() {
        this.real ??= loadHttpClient().then(m => new m.HttpClient(this.userAgent, this.handlers, this.requestOptions));
        return this.real;
    }
}
for (const name of REQUEST_METHODS) {
    HttpClient.prototype[name] = async function (...args) {
        const real = (await this.client());
        return real[name](...args);
    };
}


/***/ }),

/***/ 6999:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ addMaskCommand),
/* harmony export */   IG: () => (/* binding */ BufferedLogger),
/* harmony export */   IO: () => (/* binding */ stdoutMask),
/* harmony export */   S_: () => (/* binding */ maskOnce),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
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


/***/ }),

/***/ 8782:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ withSessionLock),
/* harmony export */   kO: () => (/* binding */ newSessionFilePath),
/* harmony export */   nb: () => (/* binding */ removeSessionFile),
/* harmony export */   s: () => (/* binding */ sessionDir),
/* harmony export */   s8: () => (/* binding */ writeSessionFile),
/* harmony export */   vB: () => (/* binding */ SessionFileError),
/* harmony export */   zZ: () => (/* binding */ readSessionFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
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
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(runnerTemp, 'flex-insights-auth');
}
// Names need to be unique, not secret (the directory is 0700, the file 0600), and node:crypto
// would add 1.5 ms to every `flex-insights token` (see BENCHMARKS.md).
const uniqueSuffix = () => `${process.pid.toString(16)}${Date.now().toString(16)}${Math.random().toString(16).slice(2, 10)}`;
/** A new private file path for one invocation of the action. */
function newSessionFilePath(runnerTemp) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(sessionDir(runnerTemp), `session-${uniqueSuffix()}.json`);
}
function writeSessionFile(path, content) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true, mode: 0o700 });
    const tmp = `${path}.${uniqueSuffix()}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, JSON.stringify(content), { mode: 0o600 });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
}
function readSessionFile(path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
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
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { force: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(`${path}.lock`, { force: true });
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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(lock, 'wx', 0o600));
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            try {
                if (Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(lock).mtimeMs > staleMs)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(lock, { force: true });
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(lock, { force: true });
    }
}


/***/ }),

/***/ 2462:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ STATE),
/* harmony export */   u: () => (/* binding */ readState)
/* harmony export */ });
const STATE = { session: 'session', logout: 'logout', sessionFile: 'session-file' };
const getState = (name) => process.env[`STATE_${name}`] || '';
function readState() {
    const raw = getState(STATE.session);
    let session;
    if (raw) {
        try {
            session = JSON.parse(raw);
        }
        catch {
            // not ours or truncated: the post step then has no session to end
        }
    }
    return { logout: getState(STATE.logout) !== 'false', session, sessionFile: getState(STATE.sessionFile) || undefined };
}


/***/ }),

/***/ 1197:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ parseMinValidity),
/* harmony export */   HI: () => (/* binding */ isTtFresh),
/* harmony export */   qU: () => (/* binding */ MIN_TT_VALIDITY_MS),
/* harmony export */   vg: () => (/* binding */ MAX_MIN_VALIDITY_S),
/* harmony export */   wY: () => (/* binding */ ttExpiresAt)
/* harmony export */ });
/* unused harmony export TT_LIFETIME_MS */
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
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

/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

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
