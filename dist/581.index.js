export const id = 581;
export const ids = [581];
export const modules = {

/***/ 1340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 1264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ isTtFresh),
/* harmony export */   jd: () => (/* binding */ AuthSession),
/* harmony export */   qU: () => (/* binding */ MIN_TT_VALIDITY_MS),
/* harmony export */   wY: () => (/* binding */ ttExpiresAt)
/* harmony export */ });
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1340);
/* harmony import */ var _flex_insights_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1350);
/**
 * A logged-in Flex Insights session: what the post step and the `flex-insights` command keep
 * (api-url, profile id, SST, the current TT and when it was issued), and the procedures that
 * need more than one call: a token that stays valid long enough, and a logout that survives an
 * expired TT or an already-dead session.
 */


/** A TT is reused only while it has at least this long to live. */
const MIN_TT_VALIDITY_MS = 60 * 1000;
function ttExpiresAt(record) {
    return (record.ttIssuedAt ?? 0) + (record.ttLifetimeMs ?? _flex_insights_client_js__WEBPACK_IMPORTED_MODULE_1__/* .TT_LIFETIME_MS */ .uf);
}
/**
 * Whether the cached TT still has minValidityMs to live. With a short token-lifetime the
 * margin shrinks to half the lifetime, else no cached token could ever be used.
 */
function isTtFresh(record, now, minValidityMs = MIN_TT_VALIDITY_MS) {
    const margin = Math.min(minValidityMs, (record.ttLifetimeMs ?? _flex_insights_client_js__WEBPACK_IMPORTED_MODULE_1__/* .TT_LIFETIME_MS */ .uf) / 2);
    return !!record.tt && record.ttIssuedAt !== undefined && ttExpiresAt(record) - now >= margin;
}
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCli: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1340);
/* harmony import */ var _auth_session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1264);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6999);
/* harmony import */ var _session_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8782);
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
    const network = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 2306));
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
    const network = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 2306));
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

/***/ 1350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ TT_COOKIE),
/* harmony export */   MF: () => (/* binding */ FlexInsightsClient),
/* harmony export */   p1: () => (/* binding */ challengeOf),
/* harmony export */   p2: () => (/* binding */ httpError),
/* harmony export */   uf: () => (/* binding */ TT_LIFETIME_MS)
/* harmony export */ });
/* unused harmony exports SST_COOKIE, parseSetCookies */
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1340);

const TT_LIFETIME_MS = 10 * 60 * 1000;
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

/***/ 6999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ withSessionLock),
/* harmony export */   kO: () => (/* binding */ newSessionFilePath),
/* harmony export */   nb: () => (/* binding */ removeSessionFile),
/* harmony export */   s: () => (/* binding */ sessionDir),
/* harmony export */   s8: () => (/* binding */ writeSessionFile),
/* harmony export */   vB: () => (/* binding */ SessionFileError),
/* harmony export */   zZ: () => (/* binding */ readSessionFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
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
/** A new private file path for one invocation of the action. */
function newSessionFilePath(runnerTemp) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(sessionDir(runnerTemp), `session-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(6).toString('hex')}.json`);
}
function writeSessionFile(path, content) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true, mode: 0o700 });
    const tmp = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`;
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


/***/ })

};
