export const id = 909;
export const ids = [909];
export const modules = {

/***/ 9909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/auth-session.ts
var auth_session = __webpack_require__(1264);
// EXTERNAL MODULE: ./src/flex-insights-client.ts
var flex_insights_client = __webpack_require__(1350);
;// CONCATENATED MODULE: ./src/credentials.ts
/**
 * The one place that publishes credentials: it masks first, then sets outputs and env vars,
 * so no order of calls elsewhere can print a token before the runner knows to hide it.
 */

function exportCredentials(publisher, creds, options) {
    const cookie = `${flex_insights_client/* TT_COOKIE */.GQ}=${creds.tt}`;
    publisher.setSecret(creds.tt);
    publisher.setSecret(cookie);
    const expiresAt = creds.expiresAt.toISOString();
    publisher.setOutput('token', creds.tt);
    publisher.setOutput('cookie', cookie);
    publisher.setOutput('profile-id', creds.profileId);
    publisher.setOutput('expires-at', expiresAt);
    publisher.setOutput('api-url', creds.apiUrl);
    if (creds.sessionFile)
        publisher.setOutput('session-file', creds.sessionFile);
    if (!options.exportEnv)
        return;
    const p = options.envPrefix;
    publisher.exportVariable(`${p}_TT`, creds.tt);
    publisher.exportVariable(`${p}_COOKIE`, cookie);
    publisher.exportVariable(`${p}_API_URL`, creds.apiUrl);
    publisher.exportVariable(`${p}_PROFILE_ID`, creds.profileId);
    publisher.exportVariable(`${p}_TT_EXPIRES_AT`, expiresAt);
    if (creds.sessionFile)
        publisher.exportVariable(`${p}_SESSION_FILE`, creds.sessionFile);
}

// EXTERNAL MODULE: ./src/http-session.ts + 1 modules
var http_session = __webpack_require__(4250);
;// CONCATENATED MODULE: ./src/inputs.ts
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

// EXTERNAL MODULE: ./src/logger.ts
var logger = __webpack_require__(6999);
// EXTERNAL MODULE: ./src/command-shim.ts
var command_shim = __webpack_require__(3662);
// EXTERNAL MODULE: ./src/session-file.ts
var session_file = __webpack_require__(8782);
;// CONCATENATED MODULE: ./src/state.ts
/**
 * What the main step hands to its post step through GITHUB_STATE. The session is saved the
 * moment login succeeds, before any further call can fail, so the post step can always log out.
 */

const SESSION = 'session';
const LOGOUT = 'logout';
const SESSION_FILE = 'session-file';
function saveLogoutWanted(logout) {
    core/* saveState */.LZ(LOGOUT, String(logout));
}
function saveSession(record) {
    core/* saveState */.LZ(SESSION, JSON.stringify(record));
}
function saveSessionFile(path) {
    core/* saveState */.LZ(SESSION_FILE, path);
}
function readState() {
    const raw = core/* getState */.Gu(SESSION);
    let session;
    if (raw) {
        try {
            session = JSON.parse(raw);
        }
        catch {
            session = undefined;
        }
    }
    return { logout: core/* getState */.Gu(LOGOUT) !== 'false', session, sessionFile: core/* getState */.Gu(SESSION_FILE) || undefined };
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The main step: validate inputs, log in, save what the post step needs, obtain a TT, then
 * mask and publish it.
 */












const coreLogger = { debug: core/* debug */.Yz, info: core/* info */.pq, warning: core/* warning */.$e };
async function main(deps = {}) {
    const mask = (0,logger/* maskOnce */.S)(core/* setSecret */.Pq);
    const inputs = parseInputs(name => core/* getInput */.V4(name), mask);
    const now = deps.now ?? Date.now;
    const http = new http_session/* HttpSession */.Nn({ apiUrl: inputs.apiUrl, timeoutMs: inputs.timeoutMs, maxAttempts: inputs.maxAttempts, maxRetryWaitMs: inputs.maxRetryWaitMs }, { logger: coreLogger, ...deps });
    try {
        const client = new flex_insights_client/* FlexInsightsClient */.MF(http, mask);
        saveLogoutWanted(inputs.logout);
        const loginSentAt = now();
        const login = await client.login(inputs.login, inputs.password, inputs.authMode);
        const record = {
            apiUrl: inputs.apiUrl,
            profileId: login.profileId,
            sst: login.sst,
            mode: inputs.authMode,
            login: inputs.login,
            ttLifetimeMs: inputs.ttLifetimeMs,
            timeoutMs: inputs.timeoutMs,
            maxAttempts: inputs.maxAttempts,
            maxRetryWaitMs: inputs.maxRetryWaitMs
        };
        // Before anything else can fail: from here on the post step can log this session out.
        saveSession(record);
        const session = new auth_session/* AuthSession */.jd(client, record, now);
        if (login.tt) {
            record.tt = login.tt;
            record.ttIssuedAt = loginSentAt;
        }
        else {
            await session.refresh();
        }
        saveSession(record);
        // The private session file and the command that refreshes from it (jobs over 10 minutes).
        const runnerTemp = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
        const sessionFile = (0,session_file/* newSessionFilePath */.kO)(runnerTemp);
        (0,session_file/* writeSessionFile */.s8)(sessionFile, { version: 1, ...record });
        saveSessionFile(sessionFile);
        const binDir = (0,external_node_path_.join)((0,session_file/* sessionDir */.s)(runnerTemp), 'bin');
        (0,command_shim/* writeCommandShims */.b)(binDir, process.execPath, (0,external_node_path_.resolve)(process.argv[1] ?? 'dist/index.js'));
        core/* addPath */.fM(binDir);
        const expiresAt = new Date((0,auth_session/* ttExpiresAt */.wY)(record));
        exportCredentials({ setSecret: mask, setOutput: core/* setOutput */.uH, exportVariable: core/* exportVariable */.dN }, { tt: record.tt, apiUrl: record.apiUrl, profileId: record.profileId, expiresAt, sessionFile }, { exportEnv: inputs.exportEnv, envPrefix: inputs.envPrefix });
        await writeSummary(record, expiresAt, inputs.logout);
        const where = inputs.exportEnv ? `step outputs and ${inputs.envPrefix}_* env vars` : 'step outputs';
        core/* info */.pq(`Logged in to ${record.apiUrl} as ${inputs.login} (profile ${record.profileId}) in ${http.requestCount} request(s). ` +
            `Temporary token exported as ${where}, valid until ${expiresAt.toISOString()}. ` +
            (inputs.logout ? 'Logout is scheduled for the post step.' : 'logout: false, the session stays open after the job.'));
    }
    finally {
        http.close();
    }
}
async function writeSummary(record, expiresAt, logout) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core/* summary */.z
        .addHeading('Flex Insights Auth', 3)
        .addTable([
        [
            { data: 'API URL', header: true },
            { data: 'Profile id', header: true },
            { data: 'Temporary token expires', header: true },
            { data: 'Logout at end of job', header: true }
        ],
        [record.apiUrl, record.profileId, expiresAt.toISOString(), logout ? 'scheduled' : 'no (logout: false)']
    ])
        .write();
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/post.ts
/**
 * The post step (post-if: always()): log the session out so the two-week SST dies with the
 * job. It never fails the job: problems become warnings, and every request is bounded.
 */









async function post(deps = {}) {
    const state = readState();
    const record = state.session;
    if (!record) {
        core/* debug */.Yz('No Flex Insights session was saved (login did not succeed); nothing to log out.');
        return;
    }
    try {
        return await endSession(record, state, deps);
    }
    finally {
        if (state.sessionFile)
            (0,session_file/* removeSessionFile */.nb)(state.sessionFile);
    }
}
async function endSession(saved, state, deps) {
    let record = saved;
    // The session file is fresher than the saved state: `flex-insights` may have refreshed the TT
    // (saving a request here) or ended the session already.
    if (state.sessionFile && (0,external_node_fs_.existsSync)(state.sessionFile)) {
        try {
            const current = (0,session_file/* readSessionFile */.zZ)(state.sessionFile);
            if (current.loggedOut) {
                core/* info */.pq(`The Flex Insights session of profile ${current.profileId} was already ended by the flex-insights command; nothing to do.`);
                return;
            }
            record = current;
        }
        catch (error) {
            core/* debug */.Yz(`Ignoring the session file: ${error.message}`);
        }
    }
    // A new process: register the masks again in case anything below ever echoes them.
    const mask = (0,logger/* maskOnce */.S)(core/* setSecret */.Pq);
    mask(record.sst);
    if (record.tt)
        mask(record.tt);
    if (!state.logout) {
        core/* info */.pq(`logout: false, so the Flex Insights session of profile ${record.profileId} was left open: its SST stays valid for up to two weeks. ` +
            'Set logout: true (the default) to end it when the job ends.');
        return;
    }
    const http = new http_session/* HttpSession */.Nn({ apiUrl: record.apiUrl, timeoutMs: record.timeoutMs, maxAttempts: record.maxAttempts, maxRetryWaitMs: record.maxRetryWaitMs }, { logger: coreLogger, ...deps });
    try {
        const session = new auth_session/* AuthSession */.jd(new flex_insights_client/* FlexInsightsClient */.MF(http, mask), record, deps.now);
        const outcome = await session.logout();
        if (outcome.ended) {
            core/* info */.pq(`Logged out of Flex Insights (profile ${record.profileId}) in ${http.requestCount} request(s): the session's SST is no longer valid.`);
        }
        else {
            core/* info */.pq(`Flex Insights logout not needed for profile ${record.profileId}: ${outcome.reason}.`);
        }
    }
    catch (error) {
        core/* warning */.$e(`Could not log out of Flex Insights (profile ${record.profileId}): ${error.message}. ` +
            'The SST stays valid until it expires (up to two weeks); change the password to revoke it now if that matters.');
    }
    finally {
        http.close();
    }
}

// EXTERNAL MODULE: ./src/api-error.ts
var api_error = __webpack_require__(1340);
;// CONCATENATED MODULE: ./src/run.ts
/**
 * `run(main, post)` wiring, as in docker/actions-toolkit: one bundle serves both steps. The
 * runner gives the post step the state the main step saved, so STATE_isPost tells them apart.
 */



function describeError(error) {
    if (error instanceof api_error/* FlexInsightsError */.FD || error instanceof InputError)
        return error.message;
    // Unexpected: keep the message, never the stack (debug logs may be public).
    return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}
async function run(main, post) {
    if (!process.env.STATE_isPost) {
        core/* saveState */.LZ('isPost', 'true');
        try {
            await main();
        }
        catch (error) {
            core/* setFailed */.C1(describeError(error));
        }
        return;
    }
    try {
        await post();
    }
    catch (error) {
        core/* warning */.$e(`Flex Insights post step: ${describeError(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/action.ts



/** The action's main or post step (run() tells them apart). */
function runAction() {
    return run(() => main(), () => post());
}


/***/ }),

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

/***/ 4250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nn: () => (/* binding */ HttpSession)
});

// UNUSED EXPORTS: defaultSleep, isRetryableStatus, newRequestId, parseRetryAfter

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: ./src/api-error.ts
var api_error = __webpack_require__(1340);
// EXTERNAL MODULE: ./src/logger.ts
var logger = __webpack_require__(6999);
;// CONCATENATED MODULE: ./src/version.ts
// Kept in sync with package.json by a unit test; a constant avoids bundling package.json.
const VERSION = '1.0.0';
const USER_AGENT = `flex-insights-auth/${VERSION}`;

;// CONCATENATED MODULE: ./src/http-session.ts
/**
 * The one HTTP layer every feature uses (login, token refresh, logout, and later report
 * exports): constant User-Agent, a fresh X-GDC-REQUEST id per request, a hard per-request
 * timeout, and bounded retries for transient failures only.
 *
 * Requests go through node:http(s) with the agent from @actions/http-client, which resolves
 * https_proxy / no_proxy the way every other action does. We do not use HttpClient.request
 * itself because it cannot abort a request in flight: its socket timeout only half-closes the
 * socket, which can keep a post step alive against a server that never answers.
 */







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
    agents;
    /** Requests actually sent, retries included (reported in logs and by the benchmark). */
    requestCount = 0;
    constructor(settings, deps = {}) {
        this.settings = settings;
        this.logger = deps.logger ?? logger/* silentLogger */.q;
        this.sleep = deps.sleep ?? defaultSleep;
        this.random = deps.random ?? Math.random;
        this.now = deps.now ?? Date.now;
        // keepAlive: the login and token calls share one TCP/TLS connection.
        this.agents = new lib/* HttpClient */.Qq(USER_AGENT, [], { keepAlive: true, allowRedirects: false });
    }
    /** Releases pooled sockets so the process can exit at once. */
    close() {
        this.agents.dispose();
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
        const body = (0,api_error/* describeErrorBody */.ut)(res.body, String(res.headers['content-type'] ?? ''));
        const why = res.status === 429 && call === 'login'
            ? 'Too many invalid logins: check the login and password secrets before trying again.'
            : 'The server asked to wait longer than this action will.';
        return new api_error/* FlexInsightsError */.FD(call, `HTTP ${res.status}`, {
            kind: 'locked-out',
            status: res.status,
            serverMessage: body.message,
            requestId: body.requestId ?? res.requestId,
            attempts: res.attempts,
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
    send(req, requestId) {
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
        this.requestCount++;
        return new Promise((resolve, reject) => {
            const request = transport.request(url, {
                method: req.method,
                headers,
                agent: this.agents.getAgent(url.href)
            });
            const timer = setTimeout(() => request.destroy(new AttemptTimeout()), this.settings.timeoutMs);
            const fail = (error) => {
                clearTimeout(timer);
                reject(error);
            };
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
