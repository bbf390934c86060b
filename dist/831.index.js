export const id = 831;
export const ids = [831];
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

/***/ 5831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bashPath: () => (/* binding */ bashPath),
  run: () => (/* binding */ run),
  shimScripts: () => (/* binding */ shimScripts),
  writeCommandShims: () => (/* binding */ writeCommandShims)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/api/account.ts
var api_account = __webpack_require__(6055);
// EXTERNAL MODULE: ./src/api/clock.ts
var api_clock = __webpack_require__(6982);
// EXTERNAL MODULE: ./src/api/secrets.ts
var api_secrets = __webpack_require__(3465);
// EXTERNAL MODULE: ./src/api/transport.ts + 9 modules
var api_transport = __webpack_require__(7170);
// EXTERNAL MODULE: ./src/session/session-file.ts
var session_file = __webpack_require__(3527);
// EXTERNAL MODULE: ./src/session/session.ts + 2 modules
var session_session = __webpack_require__(568);
// EXTERNAL MODULE: ./src/session/token-times.ts
var token_times = __webpack_require__(4270);
// EXTERNAL MODULE: ./src/api/metadata.ts
var metadata = __webpack_require__(6463);
// EXTERNAL MODULE: ./src/export/batch.ts + 12 modules
var batch = __webpack_require__(364);
// EXTERNAL MODULE: ./src/export/progress.ts
var progress = __webpack_require__(2103);
// EXTERNAL MODULE: ./src/export/targets.ts
var targets = __webpack_require__(4640);
// EXTERNAL MODULE: ./src/export/summary.ts
var summary = __webpack_require__(6146);
// EXTERNAL MODULE: ./src/action/failure.ts
var failure = __webpack_require__(9280);
;// CONCATENATED MODULE: ./src/action/step-summary.ts
/**
 * The main step's summary: where it logged in, until when the token is valid, whether logout is
 * scheduled, and the reports of a workspace. Every cell is escaped (export/summary.ts), so nothing from the
 * server or an input can add markup.
 */

function loginSummary(facts) {
    return [
        '### Flex Insights Auth',
        '',
        '| API URL | Profile id | Temporary token expires | Logout at end of job |',
        '|---|---|---|---|',
        (0,summary/* tableRow */.jD)([
            (0,summary/* cell */.Hn)(facts.apiUrl),
            (0,summary/* cell */.Hn)(facts.profileId),
            facts.expiresAt.toISOString(),
            facts.logout ? 'scheduled' : 'no (logout: false)'
        ]),
        ''
    ].join('\n');
}
function reportsSummary(workspace, reports) {
    const rows = reports.map(r => (0,summary/* tableRow */.jD)([r.objectId, (0,summary/* cell */.Hn)(r.identifier ?? ''), (0,summary/* cell */.Hn)(r.title), (0,summary/* cell */.Hn)(r.updated ?? '')]));
    return [
        `### Reports of workspace ${(0,summary/* cell */.Hn)(workspace)}`,
        '',
        'Use the id or the identifier in the `reports` input or with `flex-insights export`.',
        '',
        '| id | identifier | title | updated |',
        '|---:|---|---|---|',
        ...(rows.length ? rows : ['| | | (no reports) | |']),
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/action/exports.ts
/**
 * The `reports` input: exported right after login, into output-dir, with the same engine as
 * `flex-insights export` and the main step's own session (backed by the session file, which keeps
 * the token fresh). Every report is attempted; any failure fails the step after all have run; the
 * post step still logs out.
 */









const TIMEOUT_MS = 30 * 60 * 1000;
const PARALLEL = 4;
async function runReportsInput(inputs, session) {
    if (inputs.reports.length)
        return exportReports(inputs, session);
    if (!inputs.listReports)
        return;
    const workspace = inputs.workspace;
    const listing = await new metadata/* MetadataClient */.Pw(session.api()).reports(workspace);
    const reports = listing.items;
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw(reportsSummary(workspace, reports)).write();
    core/* info */.pq(`Workspace ${workspace} has ${reports.length} report(s); they are listed in the step summary.`);
    if (listing.incomplete)
        throw new failure/* ExportsFailedError */.ZO(`The list of reports is incomplete: ${listing.incomplete}`);
}
async function exportReports(inputs, session) {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const dir = external_node_path_default().resolve(workspace, inputs.outputDir);
    (0,targets/* prepareFolder */.G8)(dir, 'Input "output-dir":');
    (0,targets/* removeStaleParts */.oT)(dir, session.transport.clock.now());
    // The folder is the action's output: a file from an earlier run is replaced, never appended to.
    const jobs = inputs.reports.flatMap(({ ref, shape: { files, ...shape } }) => files.map(file => ({
        ref,
        target: { dir },
        timeoutMs: TIMEOUT_MS,
        clobber: true,
        failOnEmpty: false,
        maxDownloads: inputs.maxAttempts,
        window: PARALLEL,
        ...file,
        ...shape
    })));
    const results = await (0,batch/* exportAll */.k)(jobs, session, PARALLEL, { info: core/* info */.pq, debug: core/* debug */.Yz }, core/* info */.pq);
    const shown = (path) => workspacePath(workspace, path);
    core/* setOutput */.uH('files', JSON.stringify(results.filter(r => r.path).map(r => shown(r.path))));
    core/* setOutput */.uH('exports', JSON.stringify(exportsOutput(results, shown)));
    for (const r of results)
        describe(r, shown);
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw((0,summary/* exportSummary */.PD)(results, shown)).write();
    const failed = results.filter(r => r.outcome === 'failed' || r.outcome === 'timed-out');
    if (failed.length) {
        const lines = failed.map(r => `- report ${r.ref.input}: ${r.message}`);
        throw new failure/* ExportsFailedError */.ZO(`${failed.length} of ${results.length} report export(s) failed:\n${lines.join('\n')}`);
    }
}
/**
 * A written file as the outputs and the summary name it: relative to the workspace, with `/` on
 * every platform (as action.yml shows it), so a workflow can use it the same way everywhere.
 */
function workspacePath(workspace, path, p = (external_node_path_default())) {
    const relative = p.relative(workspace, path);
    return (relative && !p.isAbsolute(relative) ? relative : path).split(p.sep).join('/');
}
/** The `exports` output: one object per written file, for a step that loads them somewhere. */
function exportsOutput(results, shown) {
    return results
        .filter(r => r.path && (r.outcome === 'written' || r.outcome === 'empty'))
        .map(r => ({
        path: shown(r.path),
        report: r.ref.input,
        workspace: r.ref.workspace ?? null,
        from: r.range?.from ?? null,
        to: r.range?.to ?? null,
        rows: r.rows,
        bytes: r.bytes,
        sha256: r.sha256 ?? null,
        empty: r.outcome === 'empty'
    }));
}
function describe(r, shown) {
    if (r.outcome === 'written')
        core/* info */.pq(`Report ${r.ref.input}: ${shown(r.path)}, ${r.rows} rows, ${(0,progress/* formatBytes */.z3)(r.bytes)}, sha256 ${r.sha256}`);
    else if (r.outcome === 'empty')
        core/* notice */.lm(`Report ${r.ref.input} has no data (HTTP 204): wrote an empty ${shown(r.path)}`);
}

// EXTERNAL MODULE: ./src/action/inputs.ts + 1 modules
var action_inputs = __webpack_require__(4001);
// EXTERNAL MODULE: ./src/api/tokens.ts
var tokens = __webpack_require__(488);
// EXTERNAL MODULE: ./src/session/env-names.ts
var env_names = __webpack_require__(7130);
;// CONCATENATED MODULE: ./src/action/publish.ts


function publishCredentials(secrets, publisher, creds, env) {
    secrets.add(creds.tt, 'tt');
    const cookie = (0,tokens/* ttCookie */.PM)(creds.tt);
    const values = [
        ['token', 'TT', creds.tt],
        ['cookie', 'COOKIE', cookie],
        ['profile-id', 'PROFILE_ID', creds.profileId],
        ['expires-at', 'TT_EXPIRES_AT', creds.expiresAt.toISOString()],
        ['api-url', 'API_URL', creds.apiUrl],
        ['session-file', 'SESSION_FILE', creds.sessionFile],
        ['', 'WORKSPACE', creds.workspace],
        ['', 'TIME_ZONE', creds.timeZone]
    ];
    for (const [output, , value] of values)
        if (output && value !== undefined)
            publisher.setOutput(output, value);
    if (!env.exportEnv)
        return;
    for (const [, suffix, value] of values)
        if (value !== undefined)
            publisher.exportVariable((0,env_names/* envName */.pD)(env.envPrefix, suffix), value);
}

// EXTERNAL MODULE: ./src/action/state.ts
var state = __webpack_require__(3175);
;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The main step: check the inputs, log in, keep the session in its private file before anything
 * else can fail, obtain a TT, then publish it, put the `flex-insights` command on PATH and run the
 * exports of the `reports` input. One run() from start to end; every failure is one line.
 */

















async function run(options = {}) {
    const clock = options.clock ?? api_clock/* systemClock */.m;
    core/* saveState */.LZ(state/* STATE */.c.isPost, 'true');
    const secrets = new api_secrets/* Secrets */.Sb(value => core/* setSecret */.Pq(value));
    try {
        const inputs = (0,action_inputs/* parseInputs */.TL)(action_inputs/* readInput */.R5, secrets, process.env);
        core/* saveState */.LZ(state/* STATE */.c.logout, String(inputs.logout));
        await logIn(inputs, secrets, clock);
    }
    catch (error) {
        core/* setFailed */.C1((0,failure/* describeError */.Uc)(error, text => secrets.redact(text)));
    }
}
async function logIn(inputs, secrets, clock) {
    const { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs } = inputs;
    const transport = new api_transport/* Transport */.o({ apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs }, { logger: failure/* coreLogger */.Wj, clock, redact: text => secrets.redact(text) });
    const account = new api_account/* AccountClient */.pt(transport, secrets);
    try {
        const sentAt = clock.now();
        const answer = await account.login(inputs.login, inputs.password, inputs.authMode);
        const { login, authMode, ttLifetimeMs } = inputs;
        const session = session_session/* Session */.Nn.fromLogin(account, answer, { login, authMode, ttLifetimeMs, sentAt }, clock);
        // Before anything else can fail: from here on the post step can end this session. The SST
        // goes only to the private session file, never to the runner's saved state (SECURITY.md).
        const folder = await keep(session, { version: 1, apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs });
        if (answer.problem)
            throw answer.problem;
        await session.token();
        const cli = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(process.argv[1] ?? 'dist/index.js')), 'cli.cjs');
        if ((0,external_node_fs_.existsSync)(cli)) {
            writeCommandShims((0,external_node_path_.join)(folder.path, 'bin'), process.execPath, cli);
            core/* addPath */.fM((0,external_node_path_.join)(folder.path, 'bin'));
        }
        else
            core/* debug */.Yz(`${cli} is missing (not run from dist/?): the flex-insights command is not on PATH`);
        await announce(inputs, session, folder.file, secrets);
        await runReportsInput(inputs, session);
    }
    finally {
        transport.close();
    }
}
/**
 * Writes the session file and tells the post step where it is. If the file cannot be written the
 * post step could not end the session, so it is ended here before the step fails.
 */
async function keep(session, settings) {
    try {
        const { folder, file } = (0,session_file/* createSessionFolder */.by)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)());
        session.persist(file, settings);
        core/* saveState */.LZ(state/* STATE */.c.sessionFile, file);
        return { path: folder, file };
    }
    catch (error) {
        const outcome = await session.logout();
        const ended = outcome.kind === 'failed' ? `logging out failed too: ${outcome.reason}. ${session_session/* REVOKE */.fU}` : 'logged out';
        throw new Error(`could not write the private session file (${error.message}); ${ended}`, {
            cause: error
        });
    }
}
/** Masks, then outputs and env vars (publish.ts), the summary and one line that says what happened. */
async function announce(inputs, session, file, secrets) {
    const record = session.toRecord();
    const { apiUrl } = inputs;
    const expiresAt = new Date((0,token_times/* ttExpiresAt */.wY)(record));
    publishCredentials(secrets, { setOutput: core/* setOutput */.uH, exportVariable: core/* exportVariable */.dN }, {
        tt: record.tt,
        apiUrl,
        profileId: record.profileId,
        expiresAt,
        sessionFile: file,
        workspace: inputs.workspace,
        timeZone: inputs.timeZone
    }, inputs);
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z
            .addRaw(loginSummary({ apiUrl, profileId: record.profileId, expiresAt, logout: inputs.logout }))
            .write();
    const where = inputs.exportEnv ? `step outputs and ${inputs.envPrefix}_* env vars` : 'step outputs';
    core/* info */.pq(`Logged in to ${apiUrl} as ${inputs.login} (profile ${record.profileId}) ` +
        `in ${session.transport.requestCount} request(s). ` +
        `Temporary token exported as ${where}, valid until ${expiresAt.toISOString()}. ` +
        (inputs.logout
            ? 'Logout is scheduled for the post step.'
            : 'logout: false, the session stays open after the job.'));
}
/**
 * Puts `flex-insights` on PATH for later steps: a POSIX shell shim (bash, sh, and Git Bash on
 * Windows) and a .cmd (pwsh and cmd on Windows), both running the bundled dist/cli.cjs with the
 * runner's own node binary. They live in the session's private folder, so nobody else can swap
 * them. Under cmd, a batch file that runs another without `call` ends there (README.md,
 * "Windows runners").
 */
const shQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
/** A Windows path as Git Bash spells it (`C:\\a\\b` is `/c/a/b`); other paths as they are. */
const bashPath = (path) => path.replace(/^([A-Za-z]):[\\/]/, (_, drive) => `/${drive.toLowerCase()}/`).replace(/\\/g, '/');
/** The two shims' text; `entry` is dist/cli.cjs, the fast path that hands anything else to dist/index.js. */
function shimScripts(nodePath, entry, platform = process.platform) {
    const posix = platform === 'win32' ? bashPath : (p) => p;
    // In a .cmd, % starts a variable even inside quotes: %% is a literal one.
    const cmd = (p) => `"${p.replace(/%/g, '%%')}"`;
    return {
        sh: `#!/bin/sh\nexec ${shQuote(posix(nodePath))} ${shQuote(posix(entry))} "$@"\n`,
        cmd: `@${cmd(nodePath)} ${cmd(entry)} %*\r\n`
    };
}
function writeCommandShims(binDir, nodePath, entry) {
    (0,external_node_fs_.mkdirSync)(binDir, { recursive: true, mode: 0o700 });
    const { sh, cmd } = shimScripts(nodePath, entry);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(binDir, 'flex-insights'), sh, { flag: 'wx', mode: 0o700 });
    (0,external_node_fs_.chmodSync)((0,external_node_path_.join)(binDir, 'flex-insights'), 0o700);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(binDir, 'flex-insights.cmd'), cmd, { flag: 'wx' });
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
