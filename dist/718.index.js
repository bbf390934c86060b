export const id = 718;
export const ids = [718];
export const modules = {

/***/ 9280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Wj: () => (/* binding */ coreLogger),
/* harmony export */   ZO: () => (/* binding */ ExportsFailedError)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3249);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4001);
/**
 * How a step reports: its log lines go through @actions/core (the API layer writes to a Logger,
 * knowing nothing of Actions), and what went wrong is one line. Errors the action expects (API
 * errors, input errors, failed exports) keep their own message; anything else is one line, never
 * a stack trace (debug logs may be public), with known secrets removed. The main step fails with
 * that line; the post step only ever warns with it.
 */



const coreLogger = { debug: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz, info: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq, warning: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e };
/** Some reports of the `reports` input could not be exported (each was attempted). */
class ExportsFailedError extends Error {
}
function describeError(error, redact = text => text) {
    if (error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlexInsightsError */ .FD || error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz || error instanceof ExportsFailedError)
        return error.message;
    return redact(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
}


/***/ }),

/***/ 4001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dz: () => (/* binding */ InputError),
  TL: () => (/* binding */ parseInputs),
  R5: () => (/* binding */ readInput)
});

// UNUSED EXPORTS: DEFAULTS, passwordOf

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/api/metadata.ts
var metadata = __webpack_require__(6463);
// EXTERNAL MODULE: ./src/api/origin.ts
var origin = __webpack_require__(5612);
// EXTERNAL MODULE: ./src/session/env-names.ts
var env_names = __webpack_require__(7130);
// EXTERNAL MODULE: ./src/session/session-file.ts
var session_file = __webpack_require__(3527);
// EXTERNAL MODULE: ./src/export/dates.ts
var dates = __webpack_require__(9903);
// EXTERNAL MODULE: ./src/export/job.ts
var job = __webpack_require__(949);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/export/exit-codes.ts
var exit_codes = __webpack_require__(8475);
// EXTERNAL MODULE: ./src/export/options.ts
var options = __webpack_require__(9076);
// EXTERNAL MODULE: ./src/export/report-ref.ts
var report_ref = __webpack_require__(6826);
;// CONCATENATED MODULE: ./src/export/report-lines.ts
/**
 * The lines of the action's `reports` input: a report, then the options that shape it
 * (options.ts), split as a shell splits words but with nothing expanded, over export-options.
 */




/**
 * The words of a `reports` input line, split as a shell splits them but with nothing expanded:
 * '…' is literal, "…" keeps spaces (with \" and \\ escaped), a backslash outside quotes
 * escapes the next character. An unclosed quote is a usage error.
 */
function splitWords(line) {
    const words = [];
    let word;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === ' ' || c === '\t') {
            if (word !== undefined)
                words.push(word);
            word = undefined;
        }
        else if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                throw new exit_codes/* UsageError */.eb("a quote (') is not closed");
            word = (word ?? '') + line.slice(i + 1, end);
            i = end;
        }
        else if (c === '"') {
            let text = '';
            for (i++; i < line.length && line[i] !== '"'; i++) {
                if (line[i] === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\'))
                    i++;
                text += line[i];
            }
            if (i >= line.length)
                throw new exit_codes/* UsageError */.eb('a quote (") is not closed');
            word = (word ?? '') + text;
        }
        else if (c === '\\' && i + 1 < line.length) {
            word = (word ?? '') + line[++i];
        }
        else
            word = (word ?? '') + c;
    }
    if (word !== undefined)
        words.push(word);
    return words;
}
/** The shaping options among `words` (only those: -o, -D and the rest belong to the command). */
function shapeOptions(words) {
    try {
        return (0,external_node_util_.parseArgs)({ args: words, options: options/* FILTER_OPTIONS */.W7, allowPositionals: false, strict: true }).values;
    }
    catch (error) {
        const message = error.message.replace(/\. To specify a positional.*$/s, '');
        throw new exit_codes/* UsageError */.eb(`${message}; only ${Object.keys(options/* FILTER_OPTIONS */.W7)
            .map(o => `--${o}`)
            .join(', ')} shape a report here`);
    }
}
const DATE_OPTIONS = ['date', 'from', 'to', 'last'];
/** A line's options over export-options: each wins by name, and a line's dates replace all of the common ones. */
function merged(base, own) {
    const ownDates = DATE_OPTIONS.some(o => own[o] !== undefined);
    const kept = Object.fromEntries(Object.entries(base).filter(([k]) => !(ownDates && DATE_OPTIONS.includes(k))));
    return { ...kept, ...own };
}
/**
 * The lines of a `reports` input: a report, then options that shape it (shell-like quoting, no
 * expansion), over `common` (export-options; a line's own options win). Problems are collected,
 * each naming its line; the same report with the same shape twice, in any two forms, is one.
 */
function reportLines(text, common, context, problems) {
    const lines = [];
    let base = {};
    try {
        base = shapeOptions(splitWords(common));
        (0,options/* reportShape */.cV)(base, context.defaults); // checked on its own, whatever the lines say
    }
    catch (error) {
        problems.push(`Input "export-options": ${error.message}`);
    }
    const seen = new Map();
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line)
            continue;
        let entry;
        try {
            const [report, ...words] = splitWords(line);
            const ref = (0,report_ref/* parseReportRef */.tN)(report, context.workspace);
            entry = { ref, shape: (0,options/* reportShape */.cV)(merged(base, shapeOptions(words)), context.defaults) };
        }
        catch (error) {
            problems.push(`Input "reports": ${line.includes(' ') ? `line "${line}": ` : ''}${error.message}`);
            continue;
        }
        const { ref, shape } = entry;
        if (!ref.workspace)
            problems.push(`Input "reports": ${ref.input} needs a workspace; ` +
                `set the "workspace" input, or give the report as /gdc/md/<workspace>/obj/<id>`);
        const key = `${ref.workspace}/${ref.objectId ?? `identifier ${ref.identifier}`} ${JSON.stringify(shape)}`;
        const first = seen.get(key);
        if (first !== undefined)
            problems.push(`Input "reports": ${ref.input} is the same report as ${first} ` +
                `(${ref.objectId ? `object ${ref.objectId}` : ref.identifier} of workspace ${ref.workspace}); list it once`);
        else
            seen.set(key, ref.input);
        lines.push(entry);
    }
    return lines;
}

// EXTERNAL MODULE: ./src/export/targets.ts
var targets = __webpack_require__(4640);
;// CONCATENATED MODULE: ./src/action/inputs.ts
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
    'token-lifetime': String(session_file/* SETTINGS */.yy['token-lifetime'].default),
    'request-timeout': String(session_file/* SETTINGS */.yy['request-timeout'].default),
    'max-attempts': String(session_file/* SETTINGS */.yy['max-attempts'].default),
    'max-retry-wait': String(session_file/* SETTINGS */.yy['max-retry-wait'].default),
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
const readInput = (name, raw) => core/* getInput */.V4(name, { trimWhitespace: !raw });
function parseBoolean(name, raw, problems) {
    if (/^true$/i.test(raw))
        return true;
    if (/^false$/i.test(raw))
        return false;
    problems.push(`Input "${name}" must be true or false; got "${raw}"`);
    return false;
}
/** A setting from its input, within the bounds of session/session-file.ts, in ms (or a count). */
function parseSetting(name, raw, problems) {
    const { min, max, unit, integer } = session_file/* SETTINGS */.yy[name];
    const value = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
        problems.push(`Input "${name}" must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}; got "${raw}"`);
        return min * unit;
    }
    if (value < min || value > max) {
        problems.push(`Input "${name}" must be from ${min} to ${max}; got ${raw}`);
        return min * unit;
    }
    return value * unit;
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
    const file = env[(0,env_names/* envName */.pD)(prefix, 'SESSION_FILE')];
    if (!file || !(0,external_node_fs_.existsSync)(file))
        return false;
    try {
        return !JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')).loggedOut;
    }
    catch {
        return false;
    }
}
/** output-dir must be a folder (or not exist yet) and hold no target that is not a regular file. */
function checkOutputDir(outputDir, reports, env, problems) {
    const dir = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd(), outputDir);
    const stats = (0,external_node_fs_.statSync)(dir, { throwIfNoEntry: false });
    if (stats && !stats.isDirectory()) {
        problems.push(`Input "output-dir" (${outputDir}) is not a folder: give a folder for the exports`);
        return;
    }
    for (const { ref, shape } of reports) {
        if (!ref.objectId)
            continue;
        try {
            for (const { range } of shape.files)
                (0,targets/* checkTarget */.e$)((0,job/* targetPath */.Bd)({ dir }, ref.objectId, { ref, range, name: shape.name }), true);
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
        apiUrl = (0,origin/* normaliseApiUrl */.Al)(get('api-url'));
    }
    catch (error) {
        if (!(error instanceof origin/* OriginError */.NH))
            throw error;
        problems.push(`Input "api-url" ${error.message}`);
    }
    const exportEnv = parseBoolean('export-env', get('export-env'), problems);
    const envPrefix = get('env-prefix');
    if (!(0,env_names/* isPrefix */.RW)(envPrefix)) {
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
    if (workspace !== undefined && !(0,metadata/* isWorkspaceId */.Np)(workspace)) {
        problems.push(`Input "workspace" must be a workspace id ` +
            `(letters and digits, as in the Analytics Portal URL); got "${String(workspace)}"`);
    }
    const timeZone = read('time-zone') || undefined;
    if (timeZone !== undefined && !(0,dates/* isTimeZone */.kQ)(timeZone))
        problems.push(`Input "time-zone" must be an IANA time zone such as UTC or America/Chicago; got "${timeZone}"`);
    const defaults = { timeZone, now: Date.now() };
    const reports = reportLines(read('reports'), read('export-options'), { workspace, defaults }, problems);
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
        ttLifetimeMs: parseSetting('token-lifetime', get('token-lifetime'), problems),
        timeoutMs: parseSetting('request-timeout', get('request-timeout'), problems),
        maxAttempts: parseSetting('max-attempts', get('max-attempts'), problems),
        maxRetryWaitMs: parseSetting('max-retry-wait', get('max-retry-wait'), problems),
        workspace,
        reports,
        timeZone,
        outputDir: get('output-dir'),
        listReports
    };
    if (problems.length)
        throw new InputError(problems);
    return inputs;
}


/***/ }),

/***/ 7718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planPost: () => (/* binding */ planPost),
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   viewFile: () => (/* binding */ viewFile)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _api_account_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6055);
/* harmony import */ var _api_clock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6982);
/* harmony import */ var _api_secrets_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3465);
/* harmony import */ var _api_transport_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7170);
/* harmony import */ var _session_session_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3527);
/* harmony import */ var _session_session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(568);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9280);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4001);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3175);
/**
 * The post step (post-if: always()): end the session so the two-week SST dies with the job. It
 * never fails the job, and it never says a session ended unless the server said so: anything
 * else that may leave the SST alive is a warning that says how to revoke it. What to do is
 * planned first from the saved state and the session file alone (planPost, no request), then done.
 */











function viewFile(path) {
    try {
        return { content: (0,_session_session_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readSessionFile */ .zZ)(path) };
    }
    catch (error) {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path) ? { error: error.message } : { missing: true };
    }
}
/**
 * What the post step does, from the saved state and the session file (the only place the SST
 * is kept). A file that is gone or unusable leaves the SST alive: a warning says so.
 */
function planPost(state, file) {
    if (!state.sessionFile || !file)
        return { kind: 'nothing' };
    if ('missing' in file)
        return {
            kind: 'unusable',
            reason: `its private session file ${state.sessionFile} is gone (did a later step delete it, or RUNNER_TEMP?), ` +
                'and the SST was kept nowhere else'
        };
    let record;
    try {
        if ('error' in file)
            throw new Error(file.error);
        record = (0,_session_session_js__WEBPACK_IMPORTED_MODULE_6__/* .checkRecord */ .EQ)(file.content);
    }
    catch (error) {
        return { kind: 'unusable', reason: `the session file: ${error.message}` };
    }
    if ('content' in file && file.content.loggedOut)
        return { kind: 'ended-by-command', profileId: record.profileId };
    if (!state.logout)
        return { kind: 'kept', profileId: record.profileId };
    return { kind: 'logout', record };
}
async function run(options = {}) {
    const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_9__/* .readState */ .u)(name => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(name));
    try {
        await end(planPost(state, state.sessionFile ? viewFile(state.sessionFile) : undefined), options.clock);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Flex Insights post step: ${(0,_failure_js__WEBPACK_IMPORTED_MODULE_7__/* .describeError */ .Uc)(error)}`);
    }
    finally {
        if (state.sessionFile)
            (0,_session_session_file_js__WEBPACK_IMPORTED_MODULE_5__/* .removeSessionFolder */ .Jf)(state.sessionFile);
    }
}
async function end(plan, clock = _api_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .m) {
    switch (plan.kind) {
        case 'nothing':
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz('No Flex Insights session was saved (login did not succeed); nothing to log out.');
            return;
        case 'ended-by-command':
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`The Flex Insights session of profile ${plan.profileId} was already ended ` +
                `by the flex-insights command; nothing to do.`);
            return;
        case 'kept':
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`logout: false, so the Flex Insights session of profile ${plan.profileId} was left open: ` +
                `its SST stays valid for up to two weeks. ` +
                'Set logout: true (the default) to end it when the job ends.');
            return;
        case 'unusable':
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not log out of Flex Insights: ${plan.reason}. ${_session_session_js__WEBPACK_IMPORTED_MODULE_6__/* .REVOKE */ .fU}.`);
            return;
    }
    const { record } = plan;
    const secrets = new _api_secrets_js__WEBPACK_IMPORTED_MODULE_10__/* .Secrets */ .Sb(value => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value));
    secrets.add(record.sst, 'sst');
    secrets.add(record.tt, 'tt');
    let inputs;
    try {
        // This step's own api-url input, never an origin read from the file.
        inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .parseInputs */ .TL)(_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .readInput */ .R5, secrets);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not log out of Flex Insights: the inputs: ${error.message}. ${_session_session_js__WEBPACK_IMPORTED_MODULE_6__/* .REVOKE */ .fU}.`);
        return;
    }
    const { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs } = inputs;
    const transport = new _api_transport_js__WEBPACK_IMPORTED_MODULE_4__/* .Transport */ .o({ apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs }, { logger: _failure_js__WEBPACK_IMPORTED_MODULE_7__/* .coreLogger */ .Wj, clock, redact: text => secrets.redact(text) });
    try {
        const outcome = await _session_session_js__WEBPACK_IMPORTED_MODULE_6__/* .Session */ .Nn.restore(new _api_account_js__WEBPACK_IMPORTED_MODULE_2__/* .AccountClient */ .pt(transport, secrets), record, clock).logout();
        const { profileId } = record;
        if (outcome.kind === 'logged-out') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Logged out of Flex Insights (profile ${profileId}) in ${transport.requestCount} request(s): ` +
                `the session's SST is no longer valid.`);
        }
        else if (outcome.kind === 'already-ended') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Flex Insights logout not needed for profile ${profileId}: ` +
                `the server says the session had already ended (logged out or expired).`);
        }
        else {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not log out of Flex Insights (profile ${profileId}): ${outcome.reason}. ${_session_session_js__WEBPACK_IMPORTED_MODULE_6__/* .REVOKE */ .fU}.`);
        }
    }
    finally {
        transport.close();
    }
}


/***/ }),

/***/ 3175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ STATE),
/* harmony export */   u: () => (/* binding */ readState)
/* harmony export */ });
/**
 * What the main step hands to its post step through the runner's saved state: where the private
 * session file is, and whether to log out. Never the SST: the runner writes saved state to a
 * file of its own and hands it to the post step as STATE_* env vars, so the SST stays in the
 * one private file (SECURITY.md, "Where the SST lives"). The path is saved the moment the file
 * exists, before any further call can fail. Reading takes a getState function (core.getState).
 */
const STATE = { isPost: 'isPost', logout: 'logout', sessionFile: 'session-file' };
function readState(read) {
    return {
        isPost: read(STATE.isPost) === 'true',
        logout: read(STATE.logout) !== 'false',
        sessionFile: read(STATE.sessionFile) || undefined
    };
}


/***/ })

};
