import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1340:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ FlexInsightsError),
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

/***/ 7240:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  jd: () => (/* binding */ AuthSession),
  qU: () => (/* reexport */ MIN_TT_VALIDITY_MS),
  HI: () => (/* reexport */ isTtFresh),
  wY: () => (/* reexport */ ttExpiresAt)
});

// EXTERNAL MODULE: ./src/api-error.ts
var api_error = __nccwpck_require__(1340);
// EXTERNAL MODULE: ./src/flex-insights-client.ts
var flex_insights_client = __nccwpck_require__(1350);
;// CONCATENATED MODULE: ./src/token-times.ts
/**
 * When a TT expires and whether a cached one is still good. No imports: the fast path of the
 * `flex-insights` command (dist/cli.cjs) bundles this and must stay tiny.
 */
const TT_LIFETIME_MS = 10 * 60 * 1000;
/** A TT is reused only while it has at least this long to live. */
const MIN_TT_VALIDITY_MS = 60 * 1000;
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

;// CONCATENATED MODULE: ./src/auth-session.ts
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
    async token(minValidityMs = MIN_TT_VALIDITY_MS) {
        if (isTtFresh(this.record, this.now(), minValidityMs))
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
            if (error instanceof api_error/* FlexInsightsError */.FD && error.kind === 'session-gone')
                return undefined;
            throw error;
        }
        let res = await send(tt);
        if ((0,flex_insights_client/* challengeOf */.p1)(res) === 'tt') {
            try {
                tt = await this.refresh();
            }
            catch (error) {
                if (error instanceof api_error/* FlexInsightsError */.FD && error.kind === 'session-gone')
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
        throw (0,flex_insights_client/* httpError */.p2)('logout', res);
    }
    /** Deletes the logged-in user's own profile. Irreversible. */
    async deleteProfile() {
        const { profileId, sst, mode } = this.record;
        const res = await this.withFreshToken(tt => this.client.deleteProfile(profileId, sst, tt, mode));
        if (!res) {
            throw new api_error/* FlexInsightsError */.FD('delete-profile', 'the session has ended', {
                kind: 'session-gone',
                hint: 'Log in again (run the action again) before deleting the profile'
            });
        }
        if (res.status !== 204 && res.status !== 200)
            throw (0,flex_insights_client/* httpError */.p2)('delete-profile', res);
    }
}


/***/ }),

/***/ 5581:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1340);
/* harmony import */ var _auth_session_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7240);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6999);
/* harmony import */ var _session_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8782);
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
at most 540): the cached one while it is, otherwise a fresh one from the API, saved for the next
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
    const args = { minValidityMs: _auth_session_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_TT_VALIDITY_MS */ .qU, help: false };
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
            const raw = value();
            const seconds = Number(raw);
            if (!/^\d+$/.test(raw) || seconds > 540)
                throw new UsageError('--min-validity must be whole seconds from 0 to 540');
            args.minValidityMs = seconds * 1000;
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
const escapeCommandData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
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
    const cached = (0,_session_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readSessionFile */ .zZ)(path);
    if (cached.loggedOut)
        throw endedError();
    if ((0,_auth_session_js__WEBPACK_IMPORTED_MODULE_1__/* .isTtFresh */ .HI)(cached, io.now(), minValidityMs))
        return cached;
    const network = await __nccwpck_require__.e(/* import() */ 306).then(__nccwpck_require__.bind(__nccwpck_require__, 2306));
    return (0,_session_file_js__WEBPACK_IMPORTED_MODULE_3__/* .withSessionLock */ .ET)(path, staleAfterMs(cached), async () => {
        // Another caller may have refreshed while we waited for the lock.
        const current = (0,_session_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readSessionFile */ .zZ)(path);
        if (current.loggedOut)
            throw endedError();
        if ((0,_auth_session_js__WEBPACK_IMPORTED_MODULE_1__/* .isTtFresh */ .HI)(current, io.now(), minValidityMs))
            return current;
        try {
            await network.refreshToken(current, { mask, logger, now: io.now });
        }
        catch (error) {
            if (error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD && error.kind === 'session-gone') {
                (0,_session_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSessionFile */ .s8)(path, { ...current, loggedOut: true });
                throw endedError();
            }
            throw error;
        }
        (0,_session_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSessionFile */ .s8)(path, current);
        logger.debug(`refreshed the temporary token; valid until ${new Date((0,_auth_session_js__WEBPACK_IMPORTED_MODULE_1__/* .ttExpiresAt */ .wY)(current)).toISOString()}`);
        return current;
    });
}
async function endSession(path, args, io, mask, logger) {
    const deleting = args.command === 'delete-profile';
    if (deleting && !args.confirm)
        throw new UsageError('delete-profile needs --confirm LOGIN (the login of the session), because it cannot be undone');
    const first = (0,_session_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readSessionFile */ .zZ)(path);
    const network = await __nccwpck_require__.e(/* import() */ 306).then(__nccwpck_require__.bind(__nccwpck_require__, 2306));
    await (0,_session_file_js__WEBPACK_IMPORTED_MODULE_3__/* .withSessionLock */ .ET)(path, staleAfterMs(first), async () => {
        const record = (0,_session_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readSessionFile */ .zZ)(path);
        if (deleting && args.confirm?.toLowerCase() !== record.login.toLowerCase()) {
            throw new CliError(`refusing to delete: --confirm "${args.confirm}" is not the login of this session (${record.login}). Nothing was deleted`);
        }
        if (record.loggedOut) {
            if (deleting)
                throw endedError();
            io.stderr('flex-insights: the session had already ended; nothing to do\n');
            return;
        }
        if (record.sst)
            mask(record.sst);
        if (deleting) {
            await network.deleteProfile(record, { mask, logger, now: io.now });
            (0,_session_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSessionFile */ .s8)(path, { ...record, loggedOut: true });
            io.stderr(`flex-insights: deleted the Flex Insights profile of ${record.login} (profile ${record.profileId}). This cannot be undone; the session has ended\n`);
            return;
        }
        const outcome = await network.logout(record, { mask, logger, now: io.now });
        (0,_session_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSessionFile */ .s8)(path, { ...record, loggedOut: true });
        io.stderr(outcome.ended
            ? `flex-insights: logged out of Flex Insights (profile ${record.profileId}); the session's tokens no longer work\n`
            : `flex-insights: ${outcome.reason}; nothing to do\n`);
    });
}
async function runCli(argv, io = defaultIo) {
    const logger = cliLogger(io);
    const inActions = io.env.GITHUB_ACTIONS === 'true';
    const mask = (0,_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .maskOnce */ .S)(secret => {
        if (inActions)
            io.stderr(`::add-mask::${escapeCommandData(secret)}\n`);
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
        const known = error instanceof CliError || error instanceof _session_file_js__WEBPACK_IMPORTED_MODULE_3__/* .SessionFileError */ .vB || error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD;
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
 * runners, both running the bundled dist/index.js with the runner's own node binary.
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
function httpError(call, res, hint) {
    const body = (0,_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .describeErrorBody */ .ut)(res.body, headerValue(res.headers, 'content-type'));
    let defaultHint = HINTS[call]?.[res.status];
    if (!defaultHint && res.status >= 500)
        defaultHint = 'Flex Insights is having trouble; try again later, or raise max-attempts';
    if (!defaultHint && res.status === 429)
        defaultHint = 'The API asked to slow down; try again later';
    return new _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD(call, `HTTP ${res.status}`, {
        kind: 'http',
        status: res.status,
        serverMessage: body.message,
        requestId: body.requestId ?? res.requestId,
        attempts: res.attempts,
        hint: hint ?? defaultHint
    });
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

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5581);
/* harmony import */ var _command_shim_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3662);
// One bundle, three entry points: the action's main and post steps, and the `flex-insights`
// command (its shim passes CLI_FLAG). The command's light half is part of this file, so a
// cached `flex-insights token` loads one small module and never @actions/core or the HTTP
// stack; the action and the command's network half are separate chunks loaded on demand.


if (process.argv[2] === _command_shim_js__WEBPACK_IMPORTED_MODULE_1__/* .CLI_FLAG */ .A) {
    process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(3));
}
else {
    const { runAction } = await Promise.all(/* import() */[__nccwpck_require__.e(779), __nccwpck_require__.e(569), __nccwpck_require__.e(909)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9909));
    await runAction();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6999:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ maskOnce),
/* harmony export */   q: () => (/* binding */ silentLogger)
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
