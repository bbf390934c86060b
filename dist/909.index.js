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
// EXTERNAL MODULE: ./src/auth-session.ts + 1 modules
var auth_session = __webpack_require__(7240);
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

// EXTERNAL MODULE: ./src/http-session.ts + 2 modules
var http_session = __webpack_require__(7010);
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
        (0,command_shim/* writeCommandShims */.b)(binDir, process.execPath, (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(process.argv[1] ?? 'dist/index.js')), 'cli.cjs'));
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

/***/ 7010:
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
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __webpack_require__(9783);
;// CONCATENATED MODULE: ./src/version.ts
// Kept in sync with package.json by a unit test; a constant avoids bundling package.json.
const VERSION = '1.0.0';
const USER_AGENT = `flex-insights-auth/${VERSION}`;

;// CONCATENATED MODULE: ./src/agents.ts
/**
 * Connection pools for one HttpSession. Without a proxy: plain keep-alive agents, so login and
 * token share a connection. With one (https_proxy / http_proxy minus no_proxy, decided exactly
 * as @actions/http-client decides), its tunnelling agent. @actions/http-client itself is loaded
 * only then: it pulls in undici, ~40 ms of start-up that a refresh by `flex-insights` would
 * otherwise pay on every call.
 */




class Agents {
    plain = new Map();
    proxied;
    async agentFor(url) {
        if ((0,proxy/* getProxyUrl */.s)(url)) {
            if (!this.proxied) {
                const { HttpClient } = await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 2779));
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
var api_error = __webpack_require__(1340);
// EXTERNAL MODULE: ./src/logger.ts
var logger = __webpack_require__(6999);
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
    agents = new Agents();
    /** Requests actually sent, retries included (reported in logs and by the benchmark). */
    requestCount = 0;
    constructor(settings, deps = {}) {
        this.settings = settings;
        this.logger = deps.logger ?? logger/* silentLogger */.q;
        this.sleep = deps.sleep ?? defaultSleep;
        this.random = deps.random ?? Math.random;
        this.now = deps.now ?? Date.now;
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


/***/ })

};
