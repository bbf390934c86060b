import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2181:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IG: () => (/* binding */ BufferedLogger),
/* harmony export */   Ic: () => (/* binding */ nowOf),
/* harmony export */   Sf: () => (/* binding */ earlySources),
/* harmony export */   V2: () => (/* binding */ startPost),
/* harmony export */   Ym: () => (/* binding */ startMain)
/* harmony export */ });
/* unused harmony export printMask */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _api_account_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6055);
/* harmony import */ var _api_secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(3465);
/* harmony import */ var _api_transport_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(692);
/* harmony import */ var _session_session_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3527);
/* harmony import */ var _session_session_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7404);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1729);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3175);
/**
 * How a step starts. Each step's first request (the login, the logout) can be sent before
 * @actions/core and the rest of the action have loaded, so the round trip overlaps the loading
 * instead of following it: BENCHMARKS.md shows what that saves. What the start needs from the
 * runner comes through StepSources: early, the env read the way core reads it, masks printed
 * the way core.setSecret prints them and log lines held until core can print them; late (as
 * under @github/local-action, which replaces core), core itself.
 */








/** `::add-mask::`, byte for byte what core.setSecret prints. */
function printMask(value) {
    process.stdout.write(`::add-mask::${value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
}
/** Holds log lines until the real logger exists, then forwards them, and everything after, in order. */
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
/** The runner's inputs and state straight from the env, exactly as @actions/core reads them. */
function earlySources(env = process.env) {
    return {
        input: (name, raw) => {
            const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
            return raw ? value : value.trim();
        },
        state: name => env[`STATE_${name}`] || '',
        mask: printMask,
        logger: new BufferedLogger(),
        env
    };
}
const nowOf = (sources) => () => (sources.clock ?? Date).now();
function transportFor(inputs, secrets, sources) {
    const { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs } = inputs;
    return new _api_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .Transport */ .o({ apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs }, { logger: sources.logger, clock: sources.clock, redact: text => secrets.redact(text) });
}
/** Checks the inputs and sends the login; main.ts finishes the step. */
function startMain(sources) {
    const secrets = new _api_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .Secrets */ .Sb(sources.mask);
    const start = { step: 'main', sources, secrets };
    try {
        start.inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseInputs */ .TL)(sources.input, secrets, sources.env);
    }
    catch (error) {
        start.error = error;
        return start;
    }
    const { inputs } = start;
    start.transport = transportFor(inputs, secrets, sources);
    start.account = new _api_account_js__WEBPACK_IMPORTED_MODULE_1__/* .AccountClient */ .pt(start.transport, secrets);
    start.sentAt = nowOf(sources)();
    start.login = start.account.login(inputs.login, inputs.password, inputs.authMode);
    start.login.catch(() => undefined); // awaited by main; this only stops an early "unhandled" report
    return start;
}
/**
 * The session to end, from the private session file (the only place the SST is kept). A file
 * that is gone or unusable leaves the SST alive: a warning that says so. The API URL is always
 * this step's own api-url input, never one read from the file.
 */
function startPost(sources) {
    const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .readState */ .u)(sources.state);
    const start = { step: 'post', sources, plan: { kind: 'nothing' }, sessionFile: state.sessionFile };
    const secrets = new _api_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .Secrets */ .Sb(sources.mask);
    if (!state.sessionFile)
        return start;
    let record;
    try {
        const content = (0,_session_session_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readSessionFile */ .zZ)(state.sessionFile);
        record = (0,_session_session_js__WEBPACK_IMPORTED_MODULE_4__/* .checkRecord */ .EQ)(content);
        if (content.loggedOut) {
            start.plan = { kind: 'ended-by-command', profileId: record.profileId };
            return start;
        }
    }
    catch (error) {
        const reason = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(state.sessionFile)
            ? `the session file: ${error.message}`
            : `its private session file ${state.sessionFile} is gone (did a later step delete it, or RUNNER_TEMP?), ` +
                'and the SST was kept nowhere else';
        start.plan = { kind: 'unusable', reason };
        return start;
    }
    secrets.add(record.sst, 'sst');
    secrets.add(record.tt, 'tt');
    if (!state.logout) {
        start.plan = { kind: 'kept', profileId: record.profileId };
        return start;
    }
    let inputs;
    try {
        inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseInputs */ .TL)(sources.input, secrets);
    }
    catch (error) {
        start.plan = { kind: 'unusable', reason: `the inputs: ${error.message}` };
        return start;
    }
    start.plan = { kind: 'logout', profileId: record.profileId };
    start.transport = transportFor(inputs, secrets, sources);
    start.outcome = _session_session_js__WEBPACK_IMPORTED_MODULE_4__/* .Session */ .Nn.restore(new _api_account_js__WEBPACK_IMPORTED_MODULE_1__/* .AccountClient */ .pt(start.transport, secrets), record, nowOf(sources)).logout();
    return start;
}


/***/ }),

/***/ 1729:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony exports DEFAULTS, passwordOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _api_metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6463);
/* harmony import */ var _api_origin_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5612);
/* harmony import */ var _session_env_names_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7130);
/* harmony import */ var _export_report_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6826);
/* harmony import */ var _export_targets_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4640);
/**
 * Reads and validates every input before any network call. Each problem names the input and
 * what is expected; all problems are reported together so one run fixes them all.
 */







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
    'max-retry-wait': '60',
    'output-dir': 'flex-insights-exports',
    'list-reports': 'false'
};
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `Invalid inputs:\n- ${problems.join('\n- ')}`);
        this.problems = problems;
        this.name = 'InputError';
    }
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
/**
 * The password exactly as given, but for trailing line breaks (the usual paste mistake): spaces
 * are part of a password, and a trimmed one that fails counts as an invalid login.
 */
const passwordOf = (raw) => raw.replace(/[\r\n]+$/, '');
/**
 * An earlier invocation in this job that used the same env-prefix and whose session is still
 * open: its env vars would be overwritten, and its session file with them.
 */
function prefixInUse(prefix, env) {
    const file = env[(0,_session_env_names_js__WEBPACK_IMPORTED_MODULE_5__/* .envName */ .pD)(prefix, 'SESSION_FILE')];
    if (!file || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return false;
    try {
        return !JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')).loggedOut;
    }
    catch {
        return false;
    }
}
/** One report a line; the same report twice, in any two forms, is refused like the command does. */
function parseReports(text, workspace, problems) {
    const reports = [];
    const seen = new Map();
    for (const line of text.split(/\r?\n/)) {
        if (!line.trim())
            continue;
        let ref;
        try {
            ref = (0,_export_report_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReportRef */ .tN)(line.trim(), workspace);
        }
        catch (error) {
            problems.push(`Input "reports": ${error.message}`);
            continue;
        }
        if (!ref.workspace)
            problems.push(`Input "reports": ${ref.input} needs a workspace; ` +
                `set the "workspace" input, or give the report as /gdc/md/<workspace>/obj/<id>`);
        const key = `${ref.workspace}/${ref.objectId ?? `identifier ${ref.identifier}`}`;
        const first = seen.get(key);
        if (first !== undefined)
            problems.push(`Input "reports": ${ref.input} is the same report as ${first} ` +
                `(${ref.objectId ? `object ${ref.objectId}` : ref.identifier} of workspace ${ref.workspace}); list it once`);
        else
            seen.set(key, ref.input);
        reports.push(ref);
    }
    return reports;
}
/** output-dir must be a folder (or not exist yet) and hold no target that is not a regular file. */
function checkOutputDir(outputDir, reports, env, problems) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(env.GITHUB_WORKSPACE || process.cwd(), outputDir);
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir, { throwIfNoEntry: false });
    if (stats && !stats.isDirectory()) {
        problems.push(`Input "output-dir" (${outputDir}) is not a folder: give a folder for the exports`);
        return;
    }
    for (const ref of reports) {
        if (!ref.objectId)
            continue;
        try {
            (0,_export_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .checkTarget */ .e$)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `report-${ref.objectId}.csv`), true);
        }
        catch (error) {
            problems.push(`Input "output-dir": ${error.message.replace(/; choose another -o or -D.*$/, '')}`);
        }
    }
}
/**
 * All inputs, checked. `env` (the main step's) also checks that no open session of this job
 * already uses env-prefix; the post step passes none, as its own session is that one.
 */
function parseInputs(read, secrets, env) {
    const get = (name) => read(name) || DEFAULTS[name];
    const problems = [];
    // Mask first: nothing below may print it, but a mistake elsewhere must not be able to either.
    const password = passwordOf(read('password', true));
    secrets.add(password, 'password');
    if (!password)
        problems.push('Input "password" is required: pass the Flex Insights password from a secret, ' +
            'e.g. ${{ secrets.FLEX_INSIGHTS_PASSWORD }}');
    const login = read('login');
    if (!login)
        problems.push('Input "login" is required: the email of a Flex Insights user with direct (password) access');
    let apiUrl = DEFAULTS['api-url'];
    try {
        apiUrl = (0,_api_origin_js__WEBPACK_IMPORTED_MODULE_6__/* .normaliseApiUrl */ .Al)(get('api-url'));
    }
    catch (error) {
        if (!(error instanceof _api_origin_js__WEBPACK_IMPORTED_MODULE_6__/* .OriginError */ .NH))
            throw error;
        problems.push(`Input "api-url" ${error.message}`);
    }
    const exportEnv = parseBoolean('export-env', get('export-env'), problems);
    const envPrefix = get('env-prefix');
    if (!(0,_session_env_names_js__WEBPACK_IMPORTED_MODULE_5__/* .isPrefix */ .RW)(envPrefix)) {
        problems.push(`Input "env-prefix" must be upper-case letters, digits and underscores, starting with a letter ` +
            `(e.g. FLEX_INSIGHTS); got "${envPrefix}"`);
    }
    else if (env && exportEnv && prefixInUse(envPrefix, env)) {
        problems.push(`Input "env-prefix": ${envPrefix} is already used by an earlier Flex Insights Auth step in this job ` +
            `whose session is still open; give this one its own env-prefix (e.g. ${envPrefix}_2), ` +
            `or end the first with "flex-insights logout --prefix ${envPrefix}"`);
    }
    const authMode = get('auth-mode').toLowerCase();
    if (authMode !== 'header' && authMode !== 'cookie')
        problems.push(`Input "auth-mode" must be header or cookie; got "${get('auth-mode')}"`);
    const workspace = read('workspace') || undefined;
    if (workspace !== undefined && !(0,_api_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .isWorkspaceId */ .Np)(workspace)) {
        problems.push(`Input "workspace" must be a workspace id ` +
            `(letters and digits, as in the Analytics Portal URL); got "${String(workspace)}"`);
    }
    const reports = parseReports(read('reports'), workspace, problems);
    if (env && reports.length)
        checkOutputDir(get('output-dir'), reports, env, problems);
    const listReports = parseBoolean('list-reports', get('list-reports'), problems);
    if (listReports && !workspace)
        problems.push('Input "list-reports" needs the "workspace" input: the reports of which workspace?');
    const inputs = {
        login,
        password,
        apiUrl,
        envPrefix,
        authMode: authMode,
        exportEnv,
        logout: parseBoolean('logout', get('logout'), problems),
        ttLifetimeMs: parseNumber('token-lifetime', get('token-lifetime'), 2, 3600, true, problems) * 1000,
        timeoutMs: parseNumber('request-timeout', get('request-timeout'), 1, 600, false, problems) * 1000,
        maxAttempts: parseNumber('max-attempts', get('max-attempts'), 1, 10, true, problems),
        maxRetryWaitMs: parseNumber('max-retry-wait', get('max-retry-wait'), 0, 3600, true, problems) * 1000,
        workspace,
        reports,
        outputDir: get('output-dir'),
        listReports
    };
    if (problems.length)
        throw new InputError(problems);
    return inputs;
}


/***/ }),

/***/ 3175:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ STATE),
/* harmony export */   u: () => (/* binding */ readState)
/* harmony export */ });
/**
 * What the main step hands to its post step through the runner's saved state: where the private
 * session file is, and whether to log out. Never the SST: the runner writes saved state to a
 * file of its own and hands it to the post step as STATE_* env vars, so the SST stays in the
 * one private file (SECURITY.md, "Where the SST lives"). The path is saved the moment the file
 * exists, before any further call can fail. Reading takes a getState function: @actions/core's,
 * or the same env lookup done before core has loaded (early.ts).
 */
const STATE = { isPost: 'isPost', logout: 'logout', sessionFile: 'session-file' };
function readState(read) {
    return {
        isPost: read(STATE.isPost) === 'true',
        logout: read(STATE.logout) !== 'false',
        sessionFile: read(STATE.sessionFile) || undefined
    };
}


/***/ }),

/***/ 6055:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   jq: () => (/* binding */ isProfileId),
/* harmony export */   p1: () => (/* binding */ challengeOf),
/* harmony export */   pt: () => (/* binding */ AccountClient)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3249);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(488);
/**
 * The account API: login, temporary token, logout, profile deletion (docs/protocol.md). Every
 * token is masked the moment it is parsed and checked before anyone can use it; the profile id
 * is checked before it reaches a URL path. The SST goes in and out of this class only as an
 * argument and a return value: session/session.ts is the one place that keeps it.
 */


/** Which token a 401 asks for, from WWW-Authenticate (docs/protocol.md), never from the body. */
function challengeOf(res) {
    if (res.status !== 401)
        return 'none';
    const raw = res.headers['www-authenticate'];
    const value = Array.isArray(raw) ? raw.join(', ') : (raw ?? '');
    if (value.includes(`cookie=${_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .SST_COOKIE */ .Q7}`))
        return 'sst';
    if (value.includes(`cookie=${_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .TT_COOKIE */ .GQ}`))
        return 'tt';
    return 'other';
}
/** Profile ids are hex on the real API; anything outside this set never reaches a path or a log. */
function isProfileId(value) {
    return typeof value === 'string' && /^[A-Za-z0-9_-]{1,128}$/.test(value);
}
const HINTS = {
    login: {
        400: 'The server rejected the login request; check that the login input is an email address',
        401: 'Check the login and password secrets: the user needs direct (password) access to Flex Insights, ' +
            'a password obtained from Flex Insights Support. Not retried, because repeated invalid logins lock the account',
        403: 'The user may not log in with a password; ask Flex Insights Support to enable direct access',
        404: 'No login endpoint at this address; check the api-url input'
    },
    token: { 404: 'No token endpoint at this address; check the api-url input' },
    logout: { 403: 'The session belongs to another user' },
    'delete-profile': { 403: 'Only the logged-in user can delete their own profile' }
};
function headerValue(res, name) {
    const raw = res.headers[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    return value === undefined ? undefined : value.trim();
}
class AccountClient {
    transport;
    secrets;
    constructor(transport, secrets) {
        this.transport = transport;
        this.secrets = secrets;
    }
    /** A FlexInsightsError for an unexpected status, with the server's message, request id and a hint. */
    httpError(call, res) {
        let hint = HINTS[call]?.[res.status];
        if (!hint && res.status >= 500)
            hint = 'Flex Insights is having trouble; try again later, or raise max-attempts';
        if (!hint && res.status === 429)
            hint = 'The API asked to slow down; try again later';
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .responseError */ .U3)(call, res, this.transport.redact, { hint });
    }
    protocolError(call, res, what, hint) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD(call, `unexpected response (HTTP ${res.status}): ${what}`, {
            kind: 'protocol',
            status: res.status,
            requestId: res.requestId,
            hint: hint ?? 'Check that api-url points at the Flex Insights API (https://analytics.ytica.com)'
        });
    }
    parseJson(call, res) {
        if (!res.body.trim())
            return {};
        try {
            const value = JSON.parse(res.body);
            if (value && typeof value === 'object')
                return value;
        }
        catch {
            // reported below, without echoing the body
        }
        throw this.protocolError(call, res, 'the body is not JSON');
    }
    /** A token from the server: masked first, then checked, so a refusal can never print it. */
    token(call, res, kind, candidates) {
        for (const candidate of candidates)
            this.secrets.add(candidate, kind);
        const value = candidates.find(c => c !== undefined && c !== '');
        if (value !== undefined && !(0,_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .isToken */ .sg)(value)) {
            const name = kind === 'sst' ? 'Super Secured Token' : 'Temporary Token';
            // An SST that cannot be sent cannot be logged out either: say how to end it anyway.
            const hint = kind === 'sst'
                ? 'It was not used, so the session it stands for cannot be ended by this action; ' +
                    'change the password of this user to end it'
                : undefined;
            throw this.protocolError(call, res, `the ${name} contains characters that cannot travel in a header or a cookie ` +
                `(white space, control characters, ; , " or \\)`, hint);
        }
        return value;
    }
    async login(login, password, mode) {
        const res = await this.transport.request({
            call: 'login',
            method: 'POST',
            path: '/gdc/account/login',
            body: { postUserLogin: { login, password, remember: 0, verify_level: mode === 'cookie' ? 0 : 2 } }
        });
        if (res.status !== 200)
            throw this.httpError('login', res);
        const cookies = (0,_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSetCookies */ .rS)(res.headers['set-cookie']);
        let json = {};
        let jsonError;
        try {
            json = this.parseJson('login', res);
        }
        catch (error) {
            jsonError = error;
        }
        const userLogin = (json.userLogin ?? {});
        const bodySst = typeof userLogin.token === 'string' ? userLogin.token : undefined;
        const headerSst = headerValue(res, 'x-gdc-authsst');
        const ssts = mode === 'cookie' ? [cookies[_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .SST_COOKIE */ .Q7], bodySst, headerSst] : [bodySst, headerSst, cookies[_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .SST_COOKIE */ .Q7]];
        const sst = this.token('login', res, 'sst', ssts);
        let tt;
        let problem;
        try {
            tt = this.token('login', res, 'tt', [headerValue(res, 'x-gdc-authtt'), cookies[_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .TT_COOKIE */ .GQ]]);
        }
        catch (error) {
            problem = error;
        }
        if (jsonError)
            throw jsonError;
        if (!sst)
            throw this.protocolError('login', res, 'no Super Secured Token in the response');
        const profileUri = [userLogin.profile, userLogin.state].find((v) => typeof v === 'string');
        const profileId = profileUri?.split('/').pop() ?? '';
        if (!isProfileId(profileId)) {
            problem = this.protocolError('login', res, profileUri === undefined ? 'no profile in the response' : 'the profile id is not letters, digits, - and _');
        }
        return { profileId, sst, tt, problem };
    }
    /**
     * A new TT from the SST. Only the SST challenge (WWW-Authenticate … cookie=GDCAuthSST) means
     * the SST is dead: that is kind `session-gone`, which callers tell apart from a failure.
     */
    async issueToken(sst, mode) {
        const res = await this.transport.request({
            call: 'token',
            method: 'GET',
            path: '/gdc/account/token',
            headers: (0,_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .authHeaders */ .Pw)(mode, { sst })
        });
        if (challengeOf(res) === 'sst') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD('token', 'HTTP 401', {
                kind: 'session-gone',
                status: 401,
                requestId: res.requestId,
                hint: 'The session (SST) is no longer valid: it was logged out or has expired; log in again'
            });
        }
        if (res.status !== 200)
            throw this.httpError('token', res);
        const cookies = (0,_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSetCookies */ .rS)(res.headers['set-cookie']);
        let bodyTt;
        try {
            const userToken = (this.parseJson('token', res).userToken ?? {});
            bodyTt = typeof userToken.token === 'string' ? userToken.token : undefined;
        }
        catch (error) {
            this.token('token', res, 'tt', [headerValue(res, 'x-gdc-authtt'), cookies[_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .TT_COOKIE */ .GQ]]);
            throw error;
        }
        const tt = this.token('token', res, 'tt', [bodyTt, headerValue(res, 'x-gdc-authtt'), cookies[_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .TT_COOKIE */ .GQ]]);
        if (!tt)
            throw this.protocolError('token', res, 'no Temporary Token in the response');
        return tt;
    }
    /** DELETE /gdc/account/login/{id}; the raw answer, for session.ts to interpret. */
    logout(profileId, sst, tt, mode) {
        return this.deleteWith('logout', `/gdc/account/login/${profileId}`, profileId, (0,_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .authHeaders */ .Pw)(mode, { sst, tt }));
    }
    /** DELETE /gdc/account/profile/{id}: irreversible; only the logged-in user's own profile. */
    deleteProfile(profileId, sst, tt, mode) {
        return this.deleteWith('delete-profile', `/gdc/account/profile/${profileId}`, profileId, (0,_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .authHeaders */ .Pw)(mode, { sst, tt }));
    }
    deleteWith(call, path, profileId, headers) {
        if (!isProfileId(profileId)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD(call, 'the saved profile id is not letters, digits, - and _', { kind: 'protocol' });
        }
        return this.transport.request({ call, method: 'DELETE', path, headers });
    }
}


/***/ }),

/***/ 3994:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ watchIdle),
/* harmony export */   Vj: () => (/* binding */ decodeBody),
/* harmony export */   _8: () => (/* binding */ readMessage),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony export MAX_BODY_BYTES */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4905);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7018);




/** Auth and listing answers are small; a cap keeps a misbehaving server from filling memory. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Reads a stream into a string, refusing more than `limit` bytes. */
async function readText(body, limit = MAX_BODY_BYTES) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > limit) {
            body.destroy();
            throw new _retry_js__WEBPACK_IMPORTED_MODULE_3__/* .TransportFailure */ .Az(`response larger than ${limit} bytes`, 'network', false);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * What an answer that is not data says (an error, a 202), read within 1 MiB. A body that fails
 * to arrive says nothing: the status alone is then the message.
 */
const readMessage = (body) => readText(body, 1024 * 1024).catch(() => '');
/** Fails the body when no byte arrives for `ms`; the socket may be pooled, so clean up after. */
function watchIdle(res, ms) {
    const socket = res.socket;
    if (!socket)
        return;
    const onIdle = () => {
        res.destroy(new _failures_js__WEBPACK_IMPORTED_MODULE_2__/* .AttemptTimeout */ .F());
    };
    socket.setTimeout(ms);
    socket.on('timeout', onIdle);
    res.once('close', () => {
        socket.setTimeout(0);
        socket.off('timeout', onIdle);
    });
}
/**
 * The body, decoded when the server compressed it. Whatever fails underneath (the socket, the
 * decoder, a timeout) comes out of it as a classified TransportFailure.
 */
function decodeBody(res, classify) {
    const encoding = String(res.headers['content-encoding'] ?? '')
        .trim()
        .toLowerCase();
    // 256 KiB out per inflate call instead of zlib's 16 KiB: a 1 GiB export makes 4096 trips to
    // the thread pool instead of 65536 (BENCHMARKS.md, gzip row).
    const decoder = encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate'
        ? node_zlib__WEBPACK_IMPORTED_MODULE_1___default().createUnzip({ chunkSize: 256 * 1024 })
        : undefined;
    const out = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough({ highWaterMark: 1024 * 1024 });
    const fail = (error) => {
        if (!out.destroyed)
            out.destroy(classify(error));
        res.destroy();
    };
    res.on('error', fail);
    // A timeout destroys the response with AttemptTimeout; 'aborted' may come first.
    res.on('aborted', () => fail(res.errored ?? Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
    if (decoder) {
        decoder.on('error', fail);
        res.pipe(decoder).pipe(out);
    }
    else
        res.pipe(out);
    return out;
}


/***/ }),

/***/ 3249:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ FlexInsightsError),
/* harmony export */   U3: () => (/* binding */ responseError),
/* harmony export */   zX: () => (/* binding */ lockedOut)
/* harmony export */ });
/* unused harmony exports renderTemplate, quoteServerText, describeErrorBody */
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2695);
/**
 * Errors of the Flex Insights API as one readable line: which call failed, the HTTP status, the
 * server's own message and the request id, then what to do about it. Raw bodies, HTML pages
 * and stack traces never reach the message, and server text loses every known secret before it
 * is collapsed or cut (secrets.ts).
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
function responseError(call, res, redact, details = {}) {
    const contentType = res.headers['content-type'];
    const body = describeErrorBody(res.body, (Array.isArray(contentType) ? contentType[0] : contentType) ?? '', redact);
    return new FlexInsightsError(call, `HTTP ${res.status}`, {
        kind: 'http',
        status: res.status,
        serverMessage: body.message,
        // The body's id names the sub-request Support looks up; the header's is the outer one.
        requestId: body.requestId ?? res.requestId,
        attempts: res.attempts,
        ...details
    });
}
const MAX_MESSAGE = 300;
/** Server text beyond this is never looked at: it bounds the redaction work, not the message. */
const MAX_SCANNED = 4096;
/**
 * The server asked (Retry-After) to wait longer than max-retry-wait: when to try again, and on a
 * login, that too many invalid logins locked the account.
 */
function lockedOut(call, res, seconds, context) {
    const until = new Date(context.clock.now() + seconds * 1000).toISOString();
    const maxWait = Math.round(context.settings.maxRetryWaitMs / 1000);
    const why = res.status === 429 && call === 'login'
        ? 'Too many invalid logins: check the login and password secrets before trying again.'
        : 'The server asked to wait longer than this action will.';
    return responseError(call, res, context.redact, {
        kind: 'locked-out',
        retryAfterSeconds: seconds,
        hint: `${why} The server asks to wait ${seconds} s (until ${until}), more than max-retry-wait (${maxWait} s); ` +
            `try again after that time, or raise max-retry-wait to wait it out`
    });
}
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
/**
 * Server text made safe to quote: known secrets removed first, then control characters and
 * line breaks (which could forge workflow commands) collapsed, then cut to one short line.
 */
function quoteServerText(text, redact) {
    const clean = (0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(redact(text.slice(0, MAX_SCANNED)))
        .replace(/\s+/g, ' ')
        .trim();
    return clean.length > MAX_MESSAGE ? `${clean.slice(0, MAX_MESSAGE)}…` : clean;
}
const plausibleId = (value, redact) => typeof value === 'string' && /^[\x21-\x7e]{1,256}$/.test(value) && redact(value) === value ? value : undefined;
/**
 * The server's message from any of the error-body shapes (docs/protocol.md, "Error bodies"):
 * `{"error":{"message","parameters"}}`, the auth proxy's `{"error":{"code","message"}}`,
 * the bare login error `{"component","message","parameters"}`, an empty body, or an HTML page.
 */
function describeErrorBody(body, contentType, redact) {
    const text = body.trim();
    if (!text)
        return { message: 'empty response body' };
    if (/html/i.test(contentType) || /^<(!doctype|html|head|body|\?xml)/i.test(text)) {
        const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text.slice(0, MAX_SCANNED))?.[1];
        return { message: title ? `HTML error page "${quoteServerText(title, redact)}"` : 'HTML error page' };
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        if (/json/i.test(contentType) || /^[[{]/.test(text))
            return { message: `malformed JSON body (${Buffer.byteLength(text)} bytes)` };
        return { message: `"${quoteServerText(text, redact)}"` };
    }
    if (json && typeof json === 'object') {
        const outer = json;
        const inner = outer.error && typeof outer.error === 'object' ? outer.error : outer;
        const requestId = plausibleId(inner.requestId, redact) ?? plausibleId(outer.requestId, redact);
        if (typeof inner.message === 'string') {
            return { message: `"${quoteServerText(renderTemplate(inner.message, inner.parameters), redact)}"`, requestId };
        }
        return { message: 'JSON body without a message', requestId };
    }
    return { message: `"${quoteServerText(text, redact)}"` };
}


/***/ }),

/***/ 4905:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ AttemptTimeout),
/* harmony export */   X: () => (/* binding */ classifyFailure)
/* harmony export */ });
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7018);
/**
 * What went wrong when a request got no usable answer, as a TransportFailure: one line that names
 * the host, whether another attempt may help (retry.ts), and what to check.
 */

/** The engine's own timeout (transport.ts, body.ts); classified below. */
class AttemptTimeout extends Error {
}
const TRANSIENT_CODES = new Set([
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
function classifyFailure(error, apiUrl, timeoutMs) {
    const host = new URL(apiUrl).host;
    if (error instanceof _retry_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportFailure */ .Az)
        return error;
    if (error instanceof AttemptTimeout) {
        return new _retry_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportFailure */ .Az(`no complete response within ${timeoutMs / 1000} s`, 'timeout', true, `${host} did not answer in time; raise request-timeout if the API is just slow`);
    }
    const code = error?.code ?? '';
    if (code.startsWith('Z_') || code === 'ERR_ZLIB') {
        return new _retry_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportFailure */ .Az(`broken compressed response from ${host}`, 'network', true);
    }
    const text = code
        ? `network error ${code} talking to ${host}`
        : `network error talking to ${host}: ${error?.message ?? String(error)}`;
    if (code === 'ENOTFOUND')
        return new _retry_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportFailure */ .Az(text, 'network', false, 'Check the api-url input (the host name does not resolve) and any proxy settings');
    if (/CERT|SSL|TLS/i.test(code)) {
        return new _retry_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportFailure */ .Az(text, 'network', false, 'The TLS certificate was rejected; check api-url and NODE_EXTRA_CA_CERTS for a corporate proxy');
    }
    return new _retry_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportFailure */ .Az(text, 'network', TRANSIENT_CODES.has(code) || !code, 'Check that the API is reachable from the runner (api-url, https_proxy/no_proxy)');
}


/***/ }),

/***/ 429:
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
    'options',
    'get',
    'del',
    'post',
    'patch',
    'put',
    'head',
    'sendStream',
    'request',
    'getJson',
    'postJson',
    'putJson',
    'patchJson'
];
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
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
    ;
    HttpClient.prototype[name] = async function (...args) {
        const real = (await this.client());
        return real[name](...args);
    };
}


/***/ }),

/***/ 6463:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ OBJECT_URI),
/* harmony export */   Np: () => (/* binding */ isWorkspaceId),
/* harmony export */   Pw: () => (/* binding */ MetadataClient),
/* harmony export */   _5: () => (/* binding */ isIdentifier)
/* harmony export */ });
/* unused harmony export MAX_PAGES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3249);
/* harmony import */ var _origin_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5612);


/** Workspace (project) ids are lower-case letters and digits on the real API. */
function isWorkspaceId(value) {
    return typeof value === 'string' && /^[A-Za-z0-9_-]{1,128}$/.test(value);
}
/** Global identifiers: `b08a2c8ca8f4`, `attributes.conversation.ivr_path`. */
function isIdentifier(value) {
    return typeof value === 'string' && /^[A-Za-z0-9_.-]{1,255}$/.test(value);
}
/** `/gdc/md/<workspace>/obj/<id>` */
const OBJECT_URI = /^\/gdc\/md\/([A-Za-z0-9_-]{1,128})\/obj\/(\d{1,18})$/;
const PAGE_SIZE = 100;
/** A server whose "next" links never end must not keep us paging forever; reaching this is an error. */
const MAX_PAGES = 1000;
/** Follows a listing's pages, refusing a loop, more entries than the server counted, and no end. */
class Pager {
    path;
    seen = new Set();
    received = 0;
    incomplete;
    constructor(path) {
        this.path = path;
        this.seen.add(path);
    }
    /** Counts a page; false when the listing must stop here (incomplete says why, if it is not whole). */
    accept(count, total) {
        this.received += count;
        if (total !== undefined && this.received > total) {
            const kept = `only the first ${total} are kept`;
            this.incomplete = `the server sent ${this.received} entries but counted ${total}; ${kept}`;
            return false;
        }
        return true;
    }
    /** Whether `next` may be fetched as page number `page` (0-based). */
    follow(next, page) {
        if (next === undefined || this.incomplete)
            return false;
        if (this.seen.has(next)) {
            this.incomplete = `the server's next page (${next}) is one it had already sent, so the listing would never end`;
            return false;
        }
        if (page >= MAX_PAGES) {
            this.incomplete = `the listing did not end after ${MAX_PAGES} pages`;
            return false;
        }
        this.seen.add(next);
        return true;
    }
}
const text = (value) => (typeof value === 'string' ? value : undefined);
class MetadataClient {
    api;
    constructor(api) {
        this.api = api;
    }
    json(call, res, notFound) {
        if (res.status === 404)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .responseError */ .U3)(call, res, this.api.transport.redact, { hint: notFound });
        if (res.status !== 200)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .responseError */ .U3)(call, res, this.api.transport.redact);
        try {
            const value = JSON.parse(res.body);
            if (value && typeof value === 'object')
                return value;
        }
        catch {
            // reported below
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD(call, `unexpected response (HTTP ${res.status}): the body is not JSON`, {
            kind: 'protocol',
            requestId: res.requestId
        });
    }
    /** The object URI of a global identifier in a workspace, or undefined if it has none there. */
    async objectUri(workspace, identifier) {
        const res = await this.api.request({
            call: 'identifiers',
            method: 'POST',
            path: `/gdc/md/${workspace}/identifiers`,
            body: { identifierToUri: [identifier] }
        });
        const body = this.json('identifiers', res, `Workspace ${workspace} was not found, or this user cannot see it; list yours with: flex-insights workspaces`);
        const entries = Array.isArray(body.identifiers) ? body.identifiers : [];
        const entry = entries.find(e => e && e.identifier === identifier);
        if (!entry)
            return undefined;
        const uri = text(entry.uri);
        const match = uri ? OBJECT_URI.exec(uri) : null;
        if (!match || match[1] !== workspace) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD('identifiers', `unexpected response: identifier ${identifier} maps to something ` +
                `that is not an object of workspace ${workspace}`, {
                kind: 'protocol',
                requestId: res.requestId
            });
        }
        return uri;
    }
    /** GET /gdc/account/profile/{id}/projects, every page. */
    workspaces(profileId) {
        const first = `/gdc/account/profile/${profileId}/projects?offset=0&limit=${PAGE_SIZE}`;
        return this.pages('workspaces', first, 'The profile was not found; log in again', body => {
            // Two shapes: a plain list, or {paging, items} when asked with offset/limit.
            const projects = body.projects;
            const wrapped = Array.isArray(projects) ? undefined : projects;
            const items = Array.isArray(wrapped?.items) ? wrapped.items : [];
            const list = Array.isArray(projects) ? projects : items;
            return { entries: list.map(toWorkspace), paging: wrapped?.paging };
        });
    }
    /** GET /gdc/md/{ws}/query/reports. */
    reports(workspace) {
        const notFound = `Workspace ${workspace} was not found, or this user cannot see it; ` + 'list yours with: flex-insights workspaces';
        return this.pages('reports', `/gdc/md/${workspace}/query/reports`, notFound, body => {
            const query = (body.query ?? {});
            const entries = Array.isArray(query.entries) ? query.entries : [];
            return { entries: entries.map(entry => toReport(entry, workspace)), paging: query.paging };
        });
    }
    /**
     * Every page of a listing. `read` turns a page into its entries (undefined for one that is
     * not usable) and its paging. A loop, a count exceeded or no end stops the listing with a
     * reason, after the entries that could be trusted.
     */
    async pages(call, first, notFound, read) {
        const items = [];
        const pager = new Pager(first);
        let path = first;
        for (let page = 1; path !== undefined; page++) {
            const res = await this.api.request({ call, method: 'GET', path });
            const { entries, paging } = read(this.json(call, res, notFound));
            const info = paging && typeof paging === 'object' ? paging : undefined;
            const total = Number(info?.totalCount);
            const counted = info && Number.isFinite(total) ? total : undefined;
            const usable = entries.filter((e) => e !== undefined);
            if (!pager.accept(entries.length, counted)) {
                items.push(...usable.slice(0, Math.max(0, (counted ?? 0) - items.length)));
                break;
            }
            items.push(...usable);
            const next = nextPage(call, this.api.transport.settings.apiUrl, info, path, entries.length);
            path = pager.follow(next, page) ? next : undefined;
        }
        return { items, incomplete: pager.incomplete };
    }
}
function toWorkspace(item) {
    const project = item?.project;
    if (!project)
        return undefined;
    const links = (project.links ?? {});
    const meta = (project.meta ?? {});
    const content = (project.content ?? {});
    const id = text(links.self)?.split('/').pop();
    if (!isWorkspaceId(id))
        return undefined;
    return { id, title: text(meta.title) ?? '', state: text(content.state), raw: item };
}
function toReport(entry, workspace) {
    const e = entry;
    const match = OBJECT_URI.exec(text(e?.link) ?? '');
    if (!match || match[1] !== workspace)
        return undefined;
    const identifier = text(e.identifier);
    return {
        objectId: match[2],
        identifier: isIdentifier(identifier) ? identifier : undefined,
        title: text(e.title) ?? '',
        updated: text(e.updated),
        raw: entry
    };
}
/** The next page: the server's `next` link when it gives one (same origin only), else offset arithmetic. */
function nextPage(call, apiUrl, paging, current, received) {
    if (!paging || received === 0)
        return undefined;
    if (typeof paging.next === 'string') {
        const next = (0,_origin_js__WEBPACK_IMPORTED_MODULE_1__/* .serverPath */ .Hl)(apiUrl, paging.next);
        if (!next)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD(call, 'unexpected response: the next page is not on the API URL', {
                kind: 'protocol'
            });
        return next;
    }
    const offset = Number(paging.offset ?? 0);
    const total = Number(paging.totalCount);
    if (!Number.isFinite(total) || offset + received >= total)
        return undefined;
    return current.replace(/offset=\d+/, `offset=${offset + received}`);
}


/***/ }),

/***/ 5612:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ normaliseApiUrl),
/* harmony export */   Hl: () => (/* binding */ serverPath),
/* harmony export */   NH: () => (/* binding */ OriginError),
/* harmony export */   U3: () => (/* binding */ urlUnder),
/* harmony export */   z9: () => (/* binding */ pathProblem)
/* harmony export */ });
/* unused harmony export isLoopbackHost */
/**
 * Where tokens may be sent: the one rule for an API base URL, applied to the `api-url` input at
 * login and again by the `flex-insights` command to the origin it reads from the session file.
 * https only, except plain http to a loopback host for local testing; no credentials, query or
 * fragment. No imports: the command's fast path can use it.
 */
class OriginError extends Error {
}
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
/** The normalised base URL (no trailing slash), or an OriginError that says what is wrong. */
function normaliseApiUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new OriginError(`must be a URL such as https://analytics.ytica.com; "${raw}" does not parse`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
        throw new OriginError(`must use https:// (http:// is allowed only for loopback hosts: ` +
            `127.0.0.0/8, localhost, [::1]); got "${url.protocol}//${url.host}"`);
    }
    if (url.username || url.password)
        throw new OriginError('must not contain credentials');
    if (url.search || url.hash)
        throw new OriginError(`must be a base URL without query or fragment; got "${raw}"`);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
/** How many layers of %-encoding are peeled off before a segment is judged (`%252e` is `%2e` is `.`). */
const DECODE_LAYERS = 4;
/** A segment as a front end that decodes it (once or more) would see it, or undefined if it cannot be decoded. */
function decoded(segment) {
    let text = segment;
    for (let i = 0; i < DECODE_LAYERS && text.includes('%'); i++) {
        try {
            const next = decodeURIComponent(text);
            if (next === text)
                break;
            text = next;
        }
        catch {
            return undefined;
        }
    }
    return text;
}
/**
 * The one path rule for every request, whoever chose the path (the user's `api` path or -w, a
 * result `uri`, a `Location`, a `paging.next`, an identifier lookup): why it may not be sent, or
 * undefined when it may. It must be a /gdc/ path whose segments, decoded as often as a front end
 * might decode them, hold no `/`, `\`, `.` or `..` segment and no empty one; no fragment, no
 * white space or control characters anywhere. Checked on the text, so nothing is normalised away.
 */
function pathProblem(path) {
    if (!path.startsWith('/gdc/'))
        return 'it is not a /gdc/ path';
    // Matching control characters is the point of this expression.
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f-\x9f\\#]/.test(path))
        return 'it has white space, a control character, a backslash or a #';
    const [pathname] = path.split('?', 1);
    const segments = pathname.split('/').slice(1);
    for (let i = 0; i < segments.length; i++) {
        const segment = decoded(segments[i]);
        if (segment === undefined)
            return 'it has a %-escape that does not decode';
        if (segment === '' && i < segments.length - 1)
            return 'it has an empty segment (//)';
        if (segment === '.' || segment === '..')
            return 'it has a dot segment (. or .., in any encoding)';
        if (/[/\\]/.test(segment))
            return 'it has an encoded / or \\';
    }
    return undefined;
}
/**
 * The URL for a path under the base URL, or undefined when the path breaks the path rule or
 * would leave the base URL's origin or its /gdc/.
 */
function urlUnder(apiUrl, path) {
    if (pathProblem(path) !== undefined)
        return undefined;
    const base = new URL(apiUrl);
    let url;
    try {
        url = new URL(apiUrl + path);
    }
    catch {
        return undefined;
    }
    if (url.origin !== base.origin || url.username || url.password)
        return undefined;
    if (!url.pathname.startsWith(`${base.pathname.replace(/\/+$/, '')}/gdc/`))
        return undefined;
    return url;
}
/**
 * A path the server handed us (a result URI, a paging link) as a path under the base URL:
 * a path, or an absolute URL on the same origin, that keeps the path rule. Anything else is
 * refused (undefined).
 */
function serverPath(apiUrl, uri) {
    if (typeof uri !== 'string' || !uri || uri.length > 8192)
        return undefined;
    let path = uri;
    if (!uri.startsWith('/')) {
        // Verbatim (the query string is opaque), so compare the text and then the parsed origin.
        if (!uri.toLowerCase().startsWith(`${apiUrl.toLowerCase()}/`))
            return undefined;
        try {
            if (new URL(uri).origin !== new URL(apiUrl).origin)
                return undefined;
        }
        catch {
            return undefined;
        }
        path = uri.slice(apiUrl.length);
    }
    return urlUnder(apiUrl, path) ? path : undefined;
}


/***/ }),

/***/ 2695:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/**
 * The one rule for showing server text: control characters (terminal escapes, and line breaks
 * that could start a forged workflow command such as ::warning::) become a space. Used by error
 * messages, listings, `flex-insights api --include` and step summaries.
 */
// Matching control characters is the point of this expression.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f]+/g;
const printable = (text) => text.replace(CONTROL, ' ');


/***/ }),

/***/ 7018:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ TransportFailure),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   Zt: () => (/* binding */ RetryAfterTooLong),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony exports isRetryableStatus, backoffMs */
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: () => Math.random()
};
/** A request that got no usable answer; `retryable` says whether another attempt may help. */
class TransportFailure extends Error {
    kind;
    retryable;
    hint;
    attempts = 1;
    constructor(message, kind, retryable, hint) {
        super(message);
        this.kind = kind;
        this.retryable = retryable;
        this.hint = hint;
    }
}
/** The server asked (Retry-After) to wait longer than max-retry-wait. */
class RetryAfterTooLong extends Error {
    answer;
    seconds;
    constructor(answer, seconds) {
        super(`Retry-After ${seconds} s`);
        this.answer = answer;
        this.seconds = seconds;
    }
}
const BACKOFF_BASE_MS = 1000;
const BACKOFF_CAP_MS = 20_000;
function isRetryableStatus(status) {
    return status === 408 || status === 429 || status >= 500;
}
/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3); seconds, or undefined. */
function parseRetryAfter(value, now) {
    const raw = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!raw || raw.length > 64)
        return undefined;
    if (/^\d+$/.test(raw))
        return Number(raw);
    const date = Date.parse(raw);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, Math.ceil((date - now) / 1000));
}
/** Exponential backoff with "equal jitter": never zero, never more than the cap. */
function backoffMs(attempt, random) {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
/**
 * Runs `attempt` until it gives an answer that is not retryable, or the attempts run out (the
 * last answer is returned for the caller to report). Failures that are not retryable, or the
 * last one, are thrown with their attempt count.
 */
async function withRetries(settings, clock, attempt, events) {
    for (let n = 1;; n++) {
        let waitMs;
        try {
            const answer = await attempt(n);
            answer.attempts = n;
            if (!isRetryableStatus(answer.status))
                return answer;
            const retryAfter = parseRetryAfter(answer.headers['retry-after'], clock.now());
            if (retryAfter !== undefined && retryAfter * 1000 > settings.maxRetryWaitMs)
                throw new RetryAfterTooLong(answer, retryAfter);
            if (n >= settings.maxAttempts)
                return answer;
            events.discard?.(answer);
            waitMs = retryAfter !== undefined ? retryAfter * 1000 : backoffMs(n, clock.random);
            events.retrying(`HTTP ${answer.status}`, waitMs, n + 1);
        }
        catch (error) {
            if (!(error instanceof TransportFailure))
                throw error;
            error.attempts = n;
            if (!error.retryable || n >= settings.maxAttempts)
                throw error;
            waitMs = backoffMs(n, clock.random);
            events.retrying(error.message, waitMs, n + 1);
        }
        await clock.sleep(waitMs);
    }
}


/***/ }),

/***/ 3465:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sb: () => (/* binding */ Secrets)
/* harmony export */ });
/* unused harmony exports FRAGMENT_LENGTH, redact */
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(488);
/**
 * The one home of the masking rule: which forms of a secret get registered with whatever hides
 * output (the runner's `::add-mask::`), and how known secrets are cut out of server text before
 * it is collapsed, truncated or quoted. A server that echoes part of a token, or a message
 * squeezed to one line, must not leave a readable piece behind. Dependency-free except for the
 * cookie form, so the command's fast path can use it.
 */

/** Pieces of a secret this long or longer are removed from server text wherever they appear. */
const FRAGMENT_LENGTH = 8;
const REDACTED = '***';
const collapse = (text) => text.replace(/\s+/g, ' ');
class Secrets {
    sink;
    known = new Set();
    constructor(sink = () => undefined) {
        this.sink = sink;
    }
    /**
     * Masks a secret and every form a log line could show it in: a TT's cookie form, a
     * password's JSON-escaped and white-space-collapsed forms. Each value is registered once.
     */
    add(value, kind) {
        if (!value)
            return;
        const forms = [value];
        if (kind === 'tt')
            forms.push((0,_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .ttCookie */ .PM)(value));
        if (kind === 'password') {
            forms.push(JSON.stringify(value).slice(1, -1), collapse(value), value.trim());
        }
        for (const form of forms) {
            if (!form || this.known.has(form))
                continue;
            if (form !== value && form.length < FRAGMENT_LENGTH)
                continue;
            this.known.add(form);
            this.sink(form);
        }
    }
    /** Every registered form, longest first. */
    all() {
        return [...this.known].sort((a, b) => b.length - a.length);
    }
    /** `text` without any known secret, nor any piece of one FRAGMENT_LENGTH long or more. */
    redact(text) {
        return redact(text, this.all());
    }
}
/**
 * Replaces every occurrence of a secret, and every run of FRAGMENT_LENGTH or more characters
 * shared with one, by `***`. Runs shorter than that are left: they cannot be told from prose.
 */
function redact(text, secrets) {
    if (!text || !secrets.length)
        return text;
    const marked = new Uint8Array(text.length);
    for (const secret of secrets) {
        for (const needle of new Set([secret, collapse(secret)]))
            markRuns(text, needle, marked);
    }
    let out = '';
    for (let i = 0; i < text.length;) {
        if (!marked[i]) {
            out += text[i++];
            continue;
        }
        while (i < text.length && marked[i])
            i++;
        out += REDACTED;
    }
    return out;
}
function markRuns(text, secret, marked) {
    if (secret.length < FRAGMENT_LENGTH) {
        for (let at = text.indexOf(secret); secret && at >= 0; at = text.indexOf(secret, at + 1)) {
            marked.fill(1, at, at + secret.length);
        }
        return;
    }
    for (let start = 0; start + FRAGMENT_LENGTH <= secret.length; start++) {
        const window = secret.slice(start, start + FRAGMENT_LENGTH);
        for (let at = text.indexOf(window); at >= 0; at = text.indexOf(window, at + 1)) {
            let end = at + FRAGMENT_LENGTH;
            while (end < text.length && start + (end - at) < secret.length && text[end] === secret[start + (end - at)])
                end++;
            marked.fill(1, at, end);
        }
    }
}


/***/ }),

/***/ 488:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ TT_COOKIE),
/* harmony export */   PM: () => (/* binding */ ttCookie),
/* harmony export */   Pw: () => (/* binding */ authHeaders),
/* harmony export */   Q7: () => (/* binding */ SST_COOKIE),
/* harmony export */   rS: () => (/* binding */ parseSetCookies),
/* harmony export */   sg: () => (/* binding */ isToken)
/* harmony export */ });
/* unused harmony export ttOfCookie */
/**
 * How the two tokens travel (docs/protocol.md, "Tokens on the wire"): the one home of the
 * cookie form, the auth headers of each mode and the rule for what a token may contain.
 * No imports: the command's fast path (dist/cli.cjs) bundles this file.
 */
const TT_COOKIE = 'GDCAuthTT';
const SST_COOKIE = 'GDCAuthSST';
/** The TT as later steps send it: `GDCAuthTT=<TT>`. */
const ttCookie = (tt) => `${TT_COOKIE}=${tt}`;
/** The TT back out of its cookie form (as printed by `flex-insights cookie`). */
const ttOfCookie = (cookie) => cookie.slice(TT_COOKIE.length + 1);
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
function authHeaders(mode, tokens) {
    const headers = {};
    const cookies = [];
    if (tokens.sst) {
        if (mode === 'cookie')
            cookies.push(`${SST_COOKIE}=${tokens.sst}`);
        else
            headers['X-GDC-AuthSST'] = tokens.sst;
    }
    if (tokens.tt) {
        if (mode === 'header')
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


/***/ }),

/***/ 692:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  o: () => (/* binding */ Transport)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __nccwpck_require__(9783);
// EXTERNAL MODULE: ./src/api/lazy-http-client.ts
var lazy_http_client = __nccwpck_require__(429);
;// CONCATENATED MODULE: ./src/api/version.ts
// Kept in sync with package.json by a unit test; a constant avoids bundling package.json.
const VERSION = '1.0.0';
const USER_AGENT = `flex-insights-auth/${VERSION}`;

;// CONCATENATED MODULE: ./src/api/agents.ts
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

// EXTERNAL MODULE: ./src/api/body.ts
var api_body = __nccwpck_require__(3994);
// EXTERNAL MODULE: ./src/api/errors.ts
var errors = __nccwpck_require__(3249);
// EXTERNAL MODULE: ./src/api/failures.ts
var failures = __nccwpck_require__(4905);
;// CONCATENATED MODULE: ./src/api/logger.ts
const silentLogger = { debug: () => undefined, info: () => undefined, warning: () => undefined };

// EXTERNAL MODULE: ./src/api/origin.ts
var origin = __nccwpck_require__(5612);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/api/request-id.ts
/**
 * X-GDC-REQUEST: a fresh id on every request, which the server echoes with a suffix of its own
 * and quotes in error bodies, so Flex Insights Support can find the request.
 */

function newRequestId() {
    return `flex-insights-auth:${(0,external_node_crypto_.randomBytes)(12).toString('base64url')}`;
}
/** The server's echo of our request id, if it is a plausible one (it is quoted in messages). */
function echoedRequestId(echoed, sent) {
    const value = Array.isArray(echoed) ? echoed[0] : echoed;
    return value && value.length <= 256 && /^[\x21-\x7e]+$/.test(value) ? value : sent;
}

// EXTERNAL MODULE: ./src/api/retry.ts
var retry = __nccwpck_require__(7018);
;// CONCATENATED MODULE: ./src/api/transport.ts
/**
 * The one HTTP engine every call uses: a constant User-Agent, JSON Accept/Content-Type, a fresh
 * X-GDC-REQUEST id per request, gzip/deflate answers decoded, every request bounded by a
 * timeout, and retries for transient failures only (retry.ts). It refuses any URL that would
 * leave the configured API origin (origin.ts), so no token can be sent anywhere else.
 *
 * Requests go through node:http(s) with agents from agents.ts (https_proxy / no_proxy honoured
 * as @actions/http-client does). HttpClient.request itself cannot abort a request in flight,
 * which could keep a post step alive against a server that never answers.
 */











class Transport {
    settings;
    logger;
    clock;
    redact;
    /** Requests sent, retries included (reported in logs and by the benchmark). */
    requestCount = 0;
    /** Settles once the first request is handed to the OS (or failed): see action/early.ts. */
    written;
    markWritten;
    agents = new Agents();
    constructor(settings, deps = {}) {
        this.settings = settings;
        this.logger = deps.logger ?? silentLogger;
        this.clock = deps.clock ?? retry/* systemClock */.ml;
        this.redact = deps.redact ?? (text => text);
        this.written = new Promise(resolve => (this.markWritten = resolve));
    }
    /** Releases pooled sockets so the process can exit at once. */
    close() {
        this.agents.close();
    }
    /**
     * Sends the request and reads the whole answer, retrying transient failures. Any other
     * status (400/401/403/404 above all: invalid logins lock the account) is returned after
     * exactly one request, for the caller to interpret. Each attempt is bounded by
     * request-timeout from the first byte sent to the last byte read.
     */
    request(req) {
        return this.retried(req, async (requestId, n) => {
            const res = await this.attempt(req, requestId, n, 'whole');
            try {
                return { ...res, body: await (0,api_body/* readText */.yR)(res.body) };
            }
            catch (error) {
                throw this.classify(error);
            }
        });
    }
    /**
     * Like request(), but hands back the answer once its headers arrive, the body streamed; the
     * body then fails if the connection drops or stays idle for request-timeout.
     */
    open(req) {
        return this.retried(req, (requestId, n) => this.attempt(req, requestId, n, 'idle'));
    }
    async retried(req, attempt) {
        let requestId = '';
        const settings = req.once ? { ...this.settings, maxAttempts: 1 } : this.settings;
        try {
            return await (0,retry/* withRetries */.LH)(settings, this.clock, n => attempt((requestId = newRequestId()), n), {
                retrying: (reason, waitMs, next) => this.logger.info(`Flex Insights ${req.call}: ${reason}, retrying in ` +
                    `${(waitMs / 1000).toFixed(1)} s (attempt ${next}/${settings.maxAttempts})`),
                discard: answer => {
                    if (typeof answer.body !== 'string')
                        answer.body.resume();
                }
            });
        }
        catch (error) {
            if (error instanceof retry/* RetryAfterTooLong */.Zt) {
                const answer = error.answer;
                const body = typeof answer.body === 'string' ? answer.body : await (0,api_body/* readText */.yR)(answer.body, 64 * 1024).catch(() => '');
                throw (0,errors/* lockedOut */.zX)(req.call, { ...answer, body }, error.seconds, this);
            }
            if (!(error instanceof retry/* TransportFailure */.Az))
                throw error;
            throw new errors/* FlexInsightsError */.FD(req.call, error.message, {
                kind: error.kind,
                requestId,
                attempts: error.attempts,
                hint: error.hint
            });
        }
    }
    classify(error) {
        return (0,failures/* classifyFailure */.X)(error, this.settings.apiUrl, this.settings.timeoutMs);
    }
    /**
     * One attempt; resolves with the headers. `whole`: request-timeout bounds the attempt from the
     * first byte sent to the last byte read. `idle`: it bounds the wait for the headers and then
     * each gap in the body, however long the whole download takes.
     */
    async attempt(req, requestId, n, limit) {
        const url = (0,origin/* urlUnder */.U3)(this.settings.apiUrl, req.path);
        if (!url) {
            throw new errors/* FlexInsightsError */.FD(req.call, 'refusing to send a request outside the API URL', {
                kind: 'protocol',
                hint: `The path must lie under ${this.settings.apiUrl}`
            });
        }
        const payload = req.body === undefined ? undefined : JSON.stringify(req.body);
        const headers = {
            'User-Agent': USER_AGENT,
            Accept: 'application/json',
            'Content-Type': 'application/json',
            'Accept-Encoding': 'gzip, deflate',
            'X-GDC-REQUEST': requestId,
            ...req.headers
        };
        if (payload !== undefined)
            headers['Content-Length'] = String(Buffer.byteLength(payload));
        const agent = await this.agents.agentFor(url);
        const started = this.clock.now();
        const shown = `${req.method} ${url.pathname}`;
        const of = req.once ? 1 : this.settings.maxAttempts;
        this.requestCount++;
        try {
            const res = await this.send(url, req, headers, agent, payload, limit);
            const status = res.statusCode ?? 0;
            const echoed = echoedRequestId(res.headers['x-gdc-request'], requestId);
            this.logger.debug(`${shown} -> HTTP ${status} in ${this.clock.now() - started} ms (attempt ${n}/${of}, request id ${echoed})`);
            return {
                status,
                headers: res.headers,
                body: (0,api_body/* decodeBody */.Vj)(res, error => this.classify(error)),
                requestId: echoed,
                attempts: n
            };
        }
        catch (error) {
            const failure = this.classify(error);
            this.logger.debug(`${shown} -> ${failure.message} (attempt ${n}/${of}, request id ${requestId})`);
            throw failure;
        }
    }
    send(url, req, headers, agent, payload, limit) {
        const transport = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        return new Promise((resolve, reject) => {
            const request = transport.request(url, { method: req.method, headers, agent });
            let response;
            const timer = setTimeout(() => (response ?? request).destroy(new failures/* AttemptTimeout */.F()), this.settings.timeoutMs);
            request.on('finish', this.markWritten);
            request.on('error', error => {
                clearTimeout(timer);
                this.markWritten();
                reject(error);
            });
            request.on('response', res => {
                response = res;
                if (limit === 'whole') {
                    res.on('close', () => clearTimeout(timer));
                }
                else {
                    clearTimeout(timer);
                    (0,api_body/* watchIdle */.E)(res, this.settings.timeoutMs);
                }
                resolve(res);
            });
            if (req.upload)
                req
                    .upload()
                    .on('error', error => request.destroy(error))
                    .pipe(request);
            else
                request.end(payload);
        });
    }
}


/***/ }),

/***/ 7706:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ CLI_FLAG)
/* harmony export */ });
/** First argument that tells dist/index.js to act as the `flex-insights` command, not the action. */
const CLI_FLAG = '--flex-insights-cli';


/***/ }),

/***/ 8475:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   NI: () => (/* binding */ EXIT_HELP),
/* harmony export */   RS: () => (/* binding */ ExitError),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   yi: () => (/* binding */ ExportTimeoutError)
/* harmony export */ });
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3249);
/* harmony import */ var _session_stored_session_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9512);
/**
 * The one exit-code rule of every `flex-insights` command (README.md, "The flex-insights command"
 * shows the same table): what each code means, and which code an error earns. It lives beside the
 * export engine because the engine gives each report its code; the command and the action read it.
 */


const EXIT = { ok: 0, failed: 1, usage: 2, empty: 3, ended: 4, timeout: 5 };
/** The rule as every --help ends with it. */
const EXIT_HELP = 'Exit codes (every command): 0 success, 1 failure, 2 usage error or a refused target, ' +
    '3 an empty report with --fail-on-empty, 4 the session has ended (run the action again), 5 timed out.';
/** A problem with the arguments or the files they name, found before any request: exit 2. */
class UsageError extends Error {
}
/** The report's --timeout passed. */
class ExportTimeoutError extends Error {
}
/** The code an error earns, whichever command met it. */
function exitCodeOf(error) {
    if (error instanceof UsageError)
        return EXIT.usage;
    if (error instanceof ExportTimeoutError)
        return EXIT.timeout;
    if (error instanceof _session_stored_session_js__WEBPACK_IMPORTED_MODULE_1__/* .SessionEndedError */ .bd)
        return EXIT.ended;
    if (error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD && (error.kind === 'session-gone' || error.kind === 'unauthorized'))
        return EXIT.ended;
    if (error instanceof ExitError)
        return error.exitCode;
    return EXIT.failed;
}
/** A failure the command explains itself, with the code it earns (exit 1 unless said). */
class ExitError extends Error {
    exitCode;
    constructor(message, exitCode = EXIT.failed) {
        super(message);
        this.exitCode = exitCode;
    }
}


/***/ }),

/***/ 6826:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WE: () => (/* binding */ objectUri),
/* harmony export */   tN: () => (/* binding */ parseReportRef),
/* harmony export */   uZ: () => (/* binding */ ReportRefError)
/* harmony export */ });
/* harmony import */ var _api_metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6463);
/**
 * The forms a report can be named in (docs/protocol.md, "Finding ids"): an object id, an object
 * URI, a global identifier, or an Analytics Portal URL. Parsing needs no request; a global
 * identifier is resolved later, with one.
 */

class ReportRefError extends Error {
}
const OBJECT_ID = /^\d{1,18}$/;
/**
 * `defaultWorkspace` (-w, the workspace input) applies to the forms without one; a form that
 * names a different workspace is refused rather than silently preferred.
 */
function parseReportRef(input, defaultWorkspace) {
    let ref;
    const uri = _api_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .OBJECT_URI */ .Jt.exec(input);
    if (OBJECT_ID.test(input))
        ref = { input, objectId: input };
    else if (uri)
        ref = { input, workspace: uri[1], objectId: uri[2] };
    else if (/^https?:\/\//i.test(input))
        ref = portalUrl(input);
    else if ((0,_api_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .isIdentifier */ ._5)(input))
        ref = { input, identifier: input };
    else {
        throw new ReportRefError(`"${String(input)}" is not a report: ` +
            'give an object id (12345), an object URI (/gdc/md/<workspace>/obj/12345), ' +
            'a global identifier (b08a2c8ca8f4) or an Analytics Portal URL');
    }
    if (ref.workspace && defaultWorkspace && ref.workspace !== defaultWorkspace) {
        throw new ReportRefError(`"${input}" belongs to workspace ${ref.workspace}, not to ${defaultWorkspace}`);
    }
    return { ...ref, workspace: ref.workspace ?? defaultWorkspace };
}
/**
 * `…#s=/gdc/projects/<ws>|…/obj/<id>…` or `…#s=/gdc/workspaces/<ws>|…`: the workspace from the
 * first, the object from the last `/obj/<id>`. The host is ignored: nothing is fetched from it.
 */
function portalUrl(input) {
    let fragment;
    try {
        const url = new URL(input);
        fragment = decodeURIComponent(url.hash || url.pathname);
    }
    catch {
        throw new ReportRefError(`"${input}" is not a URL`);
    }
    const workspace = /\/gdc\/(?:projects|workspaces|md)\/([^/|?#&]+)/.exec(fragment)?.[1];
    const objects = [...fragment.matchAll(/\/obj\/(\d{1,18})(?!\d)/g)];
    const objectId = objects.at(-1)?.[1];
    if (!(0,_api_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .isWorkspaceId */ .Np)(workspace) || !objectId) {
        throw new ReportRefError(`"${input}" is not an Analytics Portal URL of a report: it needs /gdc/projects/<workspace> and /obj/<id>`);
    }
    return { input, workspace, objectId };
}
/** The object URI of a parsed reference that carries its object id. */
const objectUri = (workspace, objectId) => `/gdc/md/${workspace}/obj/${objectId}`;


/***/ }),

/***/ 4640:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ prepareFolder),
/* harmony export */   Sr: () => (/* binding */ TargetRefusedError),
/* harmony export */   e$: () => (/* binding */ checkTarget),
/* harmony export */   oT: () => (/* binding */ removeStaleParts),
/* harmony export */   uG: () => (/* binding */ fileSystemError)
/* harmony export */ });
/* unused harmony export PART_PATTERN */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _session_lock_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3253);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8475);
/**
 * Where exports may write: only regular files inside a real folder. Everything that can be
 * checked from a path is checked before the first request, and checked again right before a
 * finished part file takes its name (a report named by identifier learns its file name late).
 * File-system errors name the path and what to do, never just a code.
 */




/** An existing target that is not a regular file, or a regular one without --clobber. */
class TargetRefusedError extends _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitError */ .RS {
    constructor(message) {
        super(message, _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage);
    }
}
function kindOf(stats) {
    if (stats.isSymbolicLink())
        return 'a symbolic link';
    if (stats.isDirectory())
        return 'a folder';
    if (stats.isFIFO())
        return 'a named pipe';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
const lstatOrNone = (path) => {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw fileSystemError(error, path, 'reading');
    }
};
/** Throws unless `path` is free, or a regular file that --clobber may replace. */
function checkTarget(path, clobber) {
    const stats = lstatOrNone(path);
    if (!stats)
        return;
    if (!stats.isFile())
        throw new TargetRefusedError(`refusing to write ${path}: it is ${kindOf(stats)}, and exports write only regular files ` +
            '(--clobber included); choose another -o or -D. Nothing was exported');
    if (!clobber)
        throw new TargetRefusedError(`${path} already exists; pass --clobber to overwrite it. Nothing was exported`);
}
/**
 * Makes sure `dir` is a folder (created if missing, with its parents), or says which path is in
 * the way. `what` names the option or input, for the message.
 */
function prepareFolder(dir, what) {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
            return;
        throw new TargetRefusedError(`${what} ${dir} is not a folder: give a folder, or a path that does not exist yet`);
    }
    catch (error) {
        if (error instanceof TargetRefusedError)
            throw error;
        const code = error.code;
        if (code === 'ENOTDIR')
            throw new TargetRefusedError(`${what} ${dir} cannot be created: part of that path is a file, not a folder`);
        if (code !== 'ENOENT')
            throw fileSystemError(error, dir, 'reading');
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST' || code === 'ENOTDIR')
            throw new TargetRefusedError(`${what} ${dir} cannot be created: part of that path is a file, not a folder`);
        throw fileSystemError(error, dir, 'creating');
    }
}
/** `.<name>.<pid>-<random>.part`: whose it was, so a later run knows when it is left over. */
const PART_PATTERN = /^\..+\.(\d{1,10})-[0-9a-f]{12}\.part$/;
/** A part file nobody has written for this long is left over, whatever its pid says (pids are reused). */
const STALE_MS = 60 * 60 * 1000;
/**
 * Removes part files that an export killed without warning (SIGKILL, a runner that died) left
 * in `dir`: those whose process is gone, or that nobody has written to for an hour. A part file
 * of an export still running is left alone.
 */
function removeStaleParts(dir, now, alive = _session_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .isRunning */ .W) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch {
        return [];
    }
    const removed = [];
    for (const name of names) {
        const match = PART_PATTERN.exec(name);
        if (!match)
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        const stats = lstatOrNone(path);
        if (!stats?.isFile())
            continue;
        const pid = Number(match[1]);
        if (pid !== process.pid && (!alive(pid) || now - stats.mtimeMs > STALE_MS)) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { force: true });
            removed.push(path);
        }
    }
    return removed;
}
const WHAT_TO_DO = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'the operation is not permitted',
    EROFS: 'the file system is read-only',
    EISDIR: 'it is a folder',
    ENOTDIR: 'part of the path is not a folder',
    EMFILE: 'too many open files',
    EIO: 'an input/output error'
};
/** A file-system error as one line that names the path and what was being done. */
function fileSystemError(error, path, doing) {
    if (error instanceof _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitError */ .RS)
        return error;
    const code = error?.code ?? '';
    const why = WHAT_TO_DO[code];
    const text = why
        ? `${why} while ${doing} ${path} (${code})`
        : `could not finish ${doing} ${path}: ${code || error?.message || String(error)}`;
    const hint = code === 'ENOSPC' || code === 'EDQUOT' ? '; free some space or write somewhere else' : '';
    return new _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitError */ .RS(`${text}${hint}`);
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_early_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2181);
/* harmony import */ var _cli_flag_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7706);
// dist/index.js: the action's main and post steps, and the full `flex-insights` command
// (dist/cli.cjs passes CLI_FLAG). Each step sends its first request before @actions/core loads
// (action/early.ts explains why); FLEX_INSIGHTS_AUTH_EARLY_START=off turns that off, for the
// benchmark's comparison (see CONTRIBUTING.md).


if (process.argv[2] === _cli_flag_js__WEBPACK_IMPORTED_MODULE_1__/* .CLI_FLAG */ .A) {
    const { runCli } = await Promise.all(/* import() */[__nccwpck_require__.e(588), __nccwpck_require__.e(544)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1544));
    process.exitCode = await runCli(process.argv.slice(3));
}
else if (process.env.FLEX_INSIGHTS_AUTH_EARLY_START === 'off') {
    const { run } = await (process.env.STATE_isPost ? Promise.all(/* import() */[__nccwpck_require__.e(143), __nccwpck_require__.e(718)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7718)) : Promise.all(/* import() */[__nccwpck_require__.e(143), __nccwpck_require__.e(588), __nccwpck_require__.e(147)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9147)));
    await run();
}
else {
    const sources = (0,_action_early_js__WEBPACK_IMPORTED_MODULE_0__/* .earlySources */ .Sf)();
    const start = process.env.STATE_isPost ? (0,_action_early_js__WEBPACK_IMPORTED_MODULE_0__/* .startPost */ .V2)(sources) : (0,_action_early_js__WEBPACK_IMPORTED_MODULE_0__/* .startMain */ .Ym)(sources);
    // Node 22+ loads ES modules without yielding to the event loop: wait until the request is on
    // the wire, or it would only be written after the loading and nothing would overlap.
    await start.transport?.written;
    // Each step loads only its own module: the post step never loads the export engine.
    if (start.step === 'main')
        await (await Promise.all(/* import() */[__nccwpck_require__.e(143), __nccwpck_require__.e(588), __nccwpck_require__.e(147)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9147))).runMain(start);
    else
        await (await Promise.all(/* import() */[__nccwpck_require__.e(143), __nccwpck_require__.e(718)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7718))).runPost(start);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7130:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ DEFAULT_PREFIX),
/* harmony export */   RW: () => (/* binding */ isPrefix),
/* harmony export */   pD: () => (/* binding */ envName)
/* harmony export */ });
/* unused harmony export PREFIX_PATTERN */
/**
 * The one home of the env-prefix rule: the names of the env vars through which the action hands
 * a session to later steps and the `flex-insights` command finds it. No imports: the command's
 * fast path uses it.
 */
const DEFAULT_PREFIX = 'FLEX_INSIGHTS';
const PREFIX_PATTERN = /^[A-Z][A-Z0-9_]*$/;
const isPrefix = (value) => PREFIX_PATTERN.test(value);
const envName = (prefix, suffix) => `${prefix}_${suffix}`;


/***/ }),

/***/ 3253:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ isRunning),
/* harmony export */   k: () => (/* binding */ withLock)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _api_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7018);
/**
 * Serialises refreshes of one session file across processes: `<file>.lock`, created O_EXCL,
 * holds the pid of its holder. A waiter takes the lock over as soon as that process is gone (a
 * refresh killed mid-way), or, whatever the pid says, once the lock is older than `staleMs`.
 * Two waiters taking over the same dead lock at once can both refresh: one extra token
 * request, never a broken file (writes are atomic).
 */


const POLL_MS = 25;
function isRunning(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
function holderIsGone(lock, staleMs, now, alive) {
    try {
        if (now - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(lock).mtimeMs > staleMs)
            return true;
        const pid = Number((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(lock, 'utf8'));
        // An empty file is a holder between its create and its write: not gone.
        return Number.isInteger(pid) && pid > 0 && !alive(pid);
    }
    catch {
        return false; // released meanwhile: just try again
    }
}
async function withLock(path, options, fn) {
    const lock = `${path}.lock`;
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? _api_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .ml.sleep;
    const alive = options.alive ?? isRunning;
    for (;;) {
        try {
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(lock, 'wx', 0o600);
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, String(process.pid));
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            if (holderIsGone(lock, options.staleMs, now(), alive))
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(lock, { force: true });
            else
                await sleep(POLL_MS);
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

/***/ 3527:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jf: () => (/* binding */ removeSessionFolder),
/* harmony export */   by: () => (/* binding */ createSessionFolder),
/* harmony export */   s8: () => (/* binding */ writeSessionFile),
/* harmony export */   vB: () => (/* binding */ SessionFileError),
/* harmony export */   zZ: () => (/* binding */ readSessionFile)
/* harmony export */ });
/* unused harmony export checkPrivate */
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
// Names need to be unique, not secret (the folder is 0700), and node:crypto would add 1.5 ms
// to every `flex-insights token` (see BENCHMARKS.md).
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
/** Writes the file atomically: a new 0600 file (never an existing one or a link), then rename. */
function writeSessionFile(path, content) {
    checkPrivate((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), 'folder');
    const tmp = `${path}.${uniqueSuffix()}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, JSON.stringify(content), { mode: 0o600, flag: 'wx' });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw error;
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


/***/ }),

/***/ 7404:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ checkRecord),
/* harmony export */   Nn: () => (/* binding */ Session)
/* harmony export */ });
/* unused harmony export SessionRecordError */
/* harmony import */ var _api_account_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6055);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3249);
/* harmony import */ var _api_tokens_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(488);
/* harmony import */ var _token_times_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4270);
/**
 * A logged-in Flex Insights session: the one object that holds the SST. It is made from a
 * login answer or restored from a saved record (both checked), keeps its TT fresh, and ends the
 * session. Everything else sees a record to save (toRecord) or a token source (tokens()); the
 * SST flows one way, from the login answer into here and from here into the account calls.
 */




class SessionRecordError extends Error {
}
const SESSION_GONE = (error) => error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlexInsightsError */ .FD && error.kind === 'session-gone';
class Session {
    account;
    record;
    now;
    constructor(account, record, now) {
        this.account = account;
        this.record = record;
        this.now = now;
    }
    /** The session of a login answer; `sentAt` is when the login request left (the TT's birth). */
    static fromLogin(account, answer, who, now = Date.now) {
        const record = {
            profileId: answer.profileId,
            sst: answer.sst,
            mode: who.mode,
            login: who.login,
            ttLifetimeMs: who.ttLifetimeMs
        };
        if (answer.tt)
            Object.assign(record, { tt: answer.tt, ttIssuedAt: who.sentAt });
        return new Session(account, record, now);
    }
    /** A saved session, checked: a tampered or corrupt record is refused before any request. */
    static restore(account, saved, now = Date.now) {
        return new Session(account, checkRecord(saved), now);
    }
    get profileId() {
        return this.record.profileId;
    }
    get login() {
        return this.record.login;
    }
    get mode() {
        return this.record.mode;
    }
    /** A copy to save; the caller keeps it private (state, session file), never prints it. */
    toRecord() {
        return { ...this.record };
    }
    /** Fetches a new TT from the SST and keeps it. Throws kind `session-gone` if the SST is dead. */
    async refresh() {
        const issuedAt = this.now();
        const tt = await this.account.issueToken(this.record.sst, this.record.mode);
        this.record = { ...this.record, tt, ttIssuedAt: issuedAt };
        return tt;
    }
    /** The kept TT while it has at least minValidityMs left, else a fresh one. */
    async token(minValidityMs = _token_times_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_TT_VALIDITY_MS */ .qU) {
        if ((0,_token_times_js__WEBPACK_IMPORTED_MODULE_2__/* .isTtFresh */ .HI)(this.record, this.now(), minValidityMs))
            return this.record.tt;
        return this.refresh();
    }
    /** This session as a TokenSource for TT-authenticated calls, within this process. */
    tokens() {
        return {
            mode: this.record.mode,
            token: () => this.token(),
            renew: async (stale) => (this.record.tt !== stale && this.record.tt ? this.record.tt : this.refresh())
        };
    }
    /**
     * Ends the session. "already-ended" only when the server says the SST is dead; every other
     * outcome that may leave it alive is "failed" (docs/protocol.md, "Ending a session").
     */
    async logout() {
        const { profileId, sst, mode } = this.record;
        let res;
        try {
            res = await this.withFreshToken(tt => this.account.logout(profileId, sst, tt, mode));
        }
        catch (error) {
            return { kind: 'failed', reason: error.message };
        }
        if (res === 'gone' || (0,_api_account_js__WEBPACK_IMPORTED_MODULE_0__/* .challengeOf */ .p1)(res) === 'sst')
            return { kind: 'already-ended' };
        if (res.status === 204 || res.status === 200)
            return { kind: 'logged-out' };
        const failure = this.account.httpError('logout', res).message;
        if ((0,_api_account_js__WEBPACK_IMPORTED_MODULE_0__/* .challengeOf */ .p1)(res) === 'tt') {
            return { kind: 'failed', reason: `${failure}: the server refused a freshly issued token`, alive: true };
        }
        if (res.status === 404 || res.status === 400)
            return this.probe(failure);
        return { kind: 'failed', reason: failure };
    }
    /** After an ambiguous answer: is the SST still alive? Only the server's challenge says no. */
    async probe(failure) {
        try {
            await this.refresh();
            return { kind: 'failed', reason: `${failure}, while the session still issues tokens`, alive: true };
        }
        catch (error) {
            if (SESSION_GONE(error))
                return { kind: 'already-ended' };
            return { kind: 'failed', reason: failure };
        }
    }
    /** Deletes the logged-in user's own profile. Irreversible. */
    async deleteProfile() {
        const { profileId, sst, mode } = this.record;
        const res = await this.withFreshToken(tt => this.account.deleteProfile(profileId, sst, tt, mode));
        if (res === 'gone' || (0,_api_account_js__WEBPACK_IMPORTED_MODULE_0__/* .challengeOf */ .p1)(res) === 'sst') {
            throw new _api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlexInsightsError */ .FD('delete-profile', 'the session has ended', {
                kind: 'session-gone',
                hint: 'Log in again (run the action again) before deleting the profile'
            });
        }
        if (res.status !== 204 && res.status !== 200)
            throw this.account.httpError('delete-profile', res);
    }
    /** An SST+TT call with a fresh TT, sent once more after a refresh on the TT challenge. */
    async withFreshToken(send) {
        try {
            const res = await send(await this.token());
            if ((0,_api_account_js__WEBPACK_IMPORTED_MODULE_0__/* .challengeOf */ .p1)(res) !== 'tt')
                return res;
            return await send(await this.refresh());
        }
        catch (error) {
            if (SESSION_GONE(error))
                return 'gone';
            throw error;
        }
    }
}
/** A saved record, field by field: anything out of shape would otherwise reach a header or a path. */
function checkRecord(saved) {
    const r = (saved ?? {});
    const problem = (what) => {
        throw new SessionRecordError(`the saved session is not usable: ${what}`);
    };
    if (!(0,_api_account_js__WEBPACK_IMPORTED_MODULE_0__/* .isProfileId */ .jq)(r.profileId))
        problem('its profile id is not letters, digits, - and _');
    if (!(0,_api_tokens_js__WEBPACK_IMPORTED_MODULE_3__/* .isToken */ .sg)(r.sst))
        problem('its session token is missing or malformed');
    if (r.mode !== 'header' && r.mode !== 'cookie')
        problem('its auth mode is neither header nor cookie');
    if (typeof r.login !== 'string')
        problem('it has no login');
    const record = {
        profileId: r.profileId,
        sst: r.sst,
        mode: r.mode,
        login: r.login
    };
    const lifetime = Number(r.ttLifetimeMs ?? _token_times_js__WEBPACK_IMPORTED_MODULE_2__/* .TT_LIFETIME_MS */ .uf);
    record.ttLifetimeMs = Number.isFinite(lifetime) && lifetime > 0 ? lifetime : _token_times_js__WEBPACK_IMPORTED_MODULE_2__/* .TT_LIFETIME_MS */ .uf;
    // A bad cached TT is dropped, not fatal: the SST can always issue a new one.
    if ((0,_api_tokens_js__WEBPACK_IMPORTED_MODULE_3__/* .isToken */ .sg)(r.tt) && Number.isFinite(r.ttIssuedAt))
        Object.assign(record, { tt: r.tt, ttIssuedAt: r.ttIssuedAt });
    return record;
}


/***/ }),

/***/ 9512:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bd: () => (/* binding */ SessionEndedError),
/* harmony export */   qb: () => (/* binding */ StoredSession)
/* harmony export */ });
/* unused harmony export settingsOfFile */
/* harmony import */ var _api_account_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6055);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3249);
/* harmony import */ var _api_origin_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5612);
/* harmony import */ var _api_transport_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(692);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3253);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7404);
/* harmony import */ var _session_file_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3527);
/* harmony import */ var _token_times_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(4270);
/**
 * A session read back from its file, for the `flex-insights` command and the exports of the
 * main step. It is a TokenSource: tokens come from the file while they are fresh, and a refresh
 * happens once under the file's lock (once per process too, however many parallel callers) and
 * is written back for the next reader. The file's API URL is checked against the api-url rule
 * (api/origin.ts) before anything is sent, so a tampered file cannot steer the SST elsewhere.
 */








/** The session was logged out or expired: nothing in this file can be used any more. */
class SessionEndedError extends Error {
    constructor() {
        super('the session has ended (logged out or expired); run the Flex Insights Auth action again to log in');
    }
}
const within = (value, min, max, fallback) => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
/** The request settings a file carries, each within the bounds of its action input. */
function settingsOfFile(content) {
    let apiUrl;
    try {
        apiUrl = (0,_api_origin_js__WEBPACK_IMPORTED_MODULE_6__/* .normaliseApiUrl */ .Al)(content.apiUrl);
    }
    catch (error) {
        if (error instanceof _api_origin_js__WEBPACK_IMPORTED_MODULE_6__/* .OriginError */ .NH)
            throw new _session_file_js__WEBPACK_IMPORTED_MODULE_5__/* .SessionFileError */ .vB(`refusing to use this session file: its API URL ${error.message}`);
        throw error;
    }
    return {
        apiUrl,
        timeoutMs: within(content.timeoutMs, 1000, 600_000, 30_000),
        maxAttempts: within(content.maxAttempts, 1, 10, 3),
        maxRetryWaitMs: within(content.maxRetryWaitMs, 0, 3_600_000, 60_000)
    };
}
class StoredSession {
    path;
    deps;
    transport;
    account;
    /** Refreshes this process made (reported in export summaries). */
    refreshes = 0;
    content;
    record;
    inflight;
    now;
    constructor(path, content, deps) {
        this.path = path;
        this.deps = deps;
        this.now = deps.now ?? Date.now;
        this.content = content;
        this.record = (0,_session_js__WEBPACK_IMPORTED_MODULE_4__/* .checkRecord */ .EQ)(content);
        deps.secrets.add(this.record.sst, 'sst');
        deps.secrets.add(this.record.tt, 'tt');
        this.transport = new _api_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .Transport */ .o(settingsOfFile(content), {
            logger: deps.logger,
            clock: deps.clock,
            redact: text => deps.secrets.redact(text)
        });
        this.account = new _api_account_js__WEBPACK_IMPORTED_MODULE_0__/* .AccountClient */ .pt(this.transport, deps.secrets);
    }
    /** Opens a session file: checked folder and file, usable origin, usable record. */
    static open(path, deps) {
        const content = (0,_session_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readSessionFile */ .zZ)(path);
        if (content.loggedOut)
            throw new SessionEndedError();
        return new StoredSession(path, content, deps);
    }
    get mode() {
        return this.record.mode;
    }
    get profileId() {
        return this.record.profileId;
    }
    get login() {
        return this.record.login;
    }
    close() {
        this.transport.close();
    }
    /** Whether the runner has been told to mask the current TT. */
    get ttMasked() {
        return this.content.ttMasked === true;
    }
    /** Records that the runner has now been told to mask `tt` (if it is still the file's TT). */
    async markMasked(tt) {
        await this.locked(() => {
            this.reload();
            if (this.record.tt === tt)
                this.save({ ttMasked: true });
            return Promise.resolve();
        });
    }
    /** A TT with at least minValidityMs to live: the file's, or a refreshed one. */
    async token(minValidityMs = _token_times_js__WEBPACK_IMPORTED_MODULE_7__/* .MIN_TT_VALIDITY_MS */ .qU) {
        if ((0,_token_times_js__WEBPACK_IMPORTED_MODULE_7__/* .isTtFresh */ .HI)(this.record, this.now(), minValidityMs))
            return this.record.tt;
        return this.refreshed(undefined, minValidityMs);
    }
    renew(stale) {
        return this.refreshed(stale, _token_times_js__WEBPACK_IMPORTED_MODULE_7__/* .MIN_TT_VALIDITY_MS */ .qU);
    }
    /** One refresh at a time in this process, and under the file's lock across processes. */
    refreshed(stale, minValidityMs) {
        this.inflight ??= this.locked(async () => {
            this.reload();
            const { tt } = this.record;
            // Another caller may have refreshed while we waited for the lock.
            if (tt && tt !== stale && (0,_token_times_js__WEBPACK_IMPORTED_MODULE_7__/* .isTtFresh */ .HI)(this.record, this.now(), minValidityMs))
                return tt;
            const session = _session_js__WEBPACK_IMPORTED_MODULE_4__/* .Session */ .Nn.restore(this.account, this.record, this.now);
            try {
                await session.refresh();
            }
            catch (error) {
                if (error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlexInsightsError */ .FD && error.kind === 'session-gone') {
                    this.save({ loggedOut: true });
                    throw new SessionEndedError();
                }
                throw error;
            }
            this.record = session.toRecord();
            this.save({ ttMasked: this.deps.masksReachRunner === true });
            this.refreshes++;
            return this.record.tt;
        }).finally(() => (this.inflight = undefined));
        return this.inflight;
    }
    /** Logs out or deletes the profile, then marks the file so the post step has nothing to do. */
    async end(how, confirm) {
        return this.locked(async () => {
            this.reload();
            confirm?.(this.record.login);
            const session = _session_js__WEBPACK_IMPORTED_MODULE_4__/* .Session */ .Nn.restore(this.account, this.record, this.now);
            if (how === 'delete-profile') {
                await session.deleteProfile();
                this.save({ loggedOut: true });
                return { kind: 'logged-out' };
            }
            const outcome = await session.logout();
            if (outcome.kind !== 'failed')
                this.save({ loggedOut: true });
            return outcome;
        });
    }
    locked(fn) {
        // The lock is stale once its holder has had all its attempts and then some.
        const { timeoutMs, maxAttempts } = this.transport.settings;
        return (0,_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .withLock */ .k)(this.path, { staleMs: timeoutMs * maxAttempts + 60_000, now: this.now }, fn);
    }
    reload() {
        const content = (0,_session_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readSessionFile */ .zZ)(this.path);
        if (content.loggedOut)
            throw new SessionEndedError();
        this.record = (0,_session_js__WEBPACK_IMPORTED_MODULE_4__/* .checkRecord */ .EQ)(content);
        this.content = content;
        this.deps.secrets.add(this.record.tt, 'tt');
    }
    save(extra) {
        this.content = { ...this.content, ...this.record, ...extra };
        (0,_session_file_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSessionFile */ .s8)(this.path, this.content);
    }
}


/***/ }),

/***/ 4270:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ parseMinValidity),
/* harmony export */   HI: () => (/* binding */ isTtFresh),
/* harmony export */   qU: () => (/* binding */ MIN_TT_VALIDITY_MS),
/* harmony export */   uf: () => (/* binding */ TT_LIFETIME_MS),
/* harmony export */   vg: () => (/* binding */ MAX_MIN_VALIDITY_S),
/* harmony export */   wY: () => (/* binding */ ttExpiresAt)
/* harmony export */ });
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

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

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
