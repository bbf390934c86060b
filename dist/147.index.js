export const id = 147;
export const ids = [147,718];
export const modules = {

/***/ 5124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ coreLogger),
/* harmony export */   w: () => (/* binding */ coreSources)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/**
 * A step's sources (early.ts) once @actions/core is loaded: core's own inputs, state, masks and
 * log, so under @github/local-action, which replaces core, everything goes through its stand-in.
 */

const coreLogger = { debug: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz, info: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq, warning: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e };
function coreSources() {
    return {
        input: (name, raw) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name, { trimWhitespace: !raw }),
        state: name => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(name),
        mask: value => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value),
        logger: coreLogger,
        env: process.env
    };
}


/***/ }),

/***/ 9280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ describeError),
/* harmony export */   l: () => (/* binding */ ExportsFailed)
/* harmony export */ });
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1729);
/**
 * How a step reports what went wrong: errors the action expects (API errors, input errors,
 * failed exports) as their own message; anything else as one line, never a stack trace (debug
 * logs may be public), with known secrets removed. The main step fails with that line; the post
 * step only ever warns with it.
 */


/** Some reports of the `reports` input could not be exported (each was attempted). */
class ExportsFailed extends Error {
}
function describeError(error, redact = text => text) {
    if (error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD || error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz || error instanceof ExportsFailed)
        return error.message;
    return redact(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
}


/***/ }),

/***/ 9147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  finishMain: () => (/* binding */ finishMain),
  run: () => (/* binding */ main_run),
  runMain: () => (/* binding */ runMain)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/session/session-file.ts
var session_file = __webpack_require__(3527);
// EXTERNAL MODULE: ./src/session/session.ts
var session_session = __webpack_require__(7404);
// EXTERNAL MODULE: ./src/session/token-times.ts
var token_times = __webpack_require__(4270);
;// CONCATENATED MODULE: ./src/action/command-shim.ts
/**
 * Puts `flex-insights` on PATH for later steps: a POSIX shell shim and a .cmd for Windows
 * runners, both running the bundled dist/cli.cjs with the runner's own node binary. They live
 * in the session's private folder, so nobody else can swap them.
 */


const shQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
/** `entry` is dist/cli.cjs: the fast path, which hands anything else to dist/index.js. */
function writeCommandShims(binDir, nodePath, entry) {
    (0,external_node_fs_.mkdirSync)(binDir, { recursive: true, mode: 0o700 });
    const sh = (0,external_node_path_.join)(binDir, 'flex-insights');
    (0,external_node_fs_.writeFileSync)(sh, `#!/bin/sh\nexec ${shQuote(nodePath)} ${shQuote(entry)} "$@"\n`, { flag: 'wx' });
    (0,external_node_fs_.chmodSync)(sh, 0o700);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(binDir, 'flex-insights.cmd'), `@"${nodePath}" "${entry}" %*\r\n`, { flag: 'wx' });
}

// EXTERNAL MODULE: ./src/action/core-sources.ts
var core_sources = __webpack_require__(5124);
// EXTERNAL MODULE: ./src/action/early.ts
var early = __webpack_require__(2181);
// EXTERNAL MODULE: ./src/api/authorized.ts
var authorized = __webpack_require__(111);
// EXTERNAL MODULE: ./src/api/metadata.ts
var metadata = __webpack_require__(6463);
// EXTERNAL MODULE: ./src/export/progress.ts
var progress = __webpack_require__(2103);
// EXTERNAL MODULE: ./src/export/run.ts
var run = __webpack_require__(971);
// EXTERNAL MODULE: ./src/export/targets.ts
var targets = __webpack_require__(4640);
// EXTERNAL MODULE: ./src/export/summary.ts
var summary = __webpack_require__(6146);
// EXTERNAL MODULE: ./src/session/stored-session.ts
var stored_session = __webpack_require__(9512);
// EXTERNAL MODULE: ./src/action/failure.ts
var failure = __webpack_require__(9280);
;// CONCATENATED MODULE: ./src/action/summary.ts
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
 * `flex-insights export` (the session file keeps the token fresh). Every report is attempted;
 * any failure fails the step after all have run; the post step still logs out.
 */












const TIMEOUT_MS = 30 * 60 * 1000;
const PARALLEL = 4;
async function runReportsInput(inputs, sessionFile, secrets, clock) {
    const listing = inputs.listReports && !inputs.reports.length;
    if (!inputs.reports.length && !listing)
        return;
    const session = stored_session/* StoredSession */.qb.open(sessionFile, {
        secrets,
        logger: core_sources/* coreLogger */.W,
        masksReachRunner: true,
        clock,
        now: clock && (() => clock.now())
    });
    try {
        if (listing) {
            const workspace = inputs.workspace;
            const listing = await new metadata/* MetadataClient */.Pw(new authorized/* AuthorizedApi */.u(session.transport, session)).reports(workspace);
            const reports = listing.items;
            if (process.env.GITHUB_STEP_SUMMARY)
                await core/* summary */.z.addRaw(reportsSummary(workspace, reports)).write();
            core/* info */.pq(`Workspace ${workspace} has ${reports.length} report(s); they are listed in the step summary.`);
            if (listing.incomplete)
                throw new failure/* ExportsFailed */.l(`The list of reports is incomplete: ${listing.incomplete}`);
            return;
        }
        await exportReports(inputs, session);
    }
    finally {
        session.close();
    }
}
async function exportReports(inputs, session) {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const dir = (0,external_node_path_.resolve)(workspace, inputs.outputDir);
    (0,targets/* prepareFolder */.G8)(dir, 'Input "output-dir":');
    (0,targets/* removeStaleParts */.oT)(dir, Date.now());
    // The folder is the action's output: a file from an earlier run is replaced, never appended to.
    const jobs = inputs.reports.map(ref => ({
        ref,
        target: { dir },
        timeoutMs: TIMEOUT_MS,
        clobber: true,
        failOnEmpty: false,
        maxDownloads: inputs.maxAttempts
    }));
    const results = await (0,run/* runExports */.z)(jobs, session, PARALLEL, { info: core/* info */.pq, debug: core/* debug */.Yz }, core/* info */.pq);
    const shown = (path) => (0,external_node_path_.relative)(workspace, path) || path;
    core/* setOutput */.uH('files', JSON.stringify(results.filter(r => r.path).map(r => shown(r.path))));
    for (const r of results)
        describe(r, shown);
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw((0,summary/* exportSummary */.PD)(results, shown)).write();
    const failed = results.filter(r => r.outcome === 'failed' || r.outcome === 'timed-out');
    if (failed.length) {
        const lines = failed.map(r => `- report ${r.ref.input}: ${r.message}`);
        throw new failure/* ExportsFailed */.l(`${failed.length} of ${results.length} report export(s) failed:\n${lines.join('\n')}`);
    }
}
function describe(r, shown) {
    if (r.outcome === 'written')
        core/* info */.pq(`Report ${r.ref.input}: ${shown(r.path)}, ${r.rows} rows, ${(0,progress/* formatBytes */.z3)(r.bytes)}, sha256 ${r.sha256}`);
    else if (r.outcome === 'empty')
        core/* notice */.lm(`Report ${r.ref.input} has no data (HTTP 204): wrote an empty ${shown(r.path)}`);
}

// EXTERNAL MODULE: ./src/action/post.ts
var post = __webpack_require__(7718);
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
        ['', 'WORKSPACE', creds.workspace]
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
 * The main step: check the inputs, log in, save what the post step needs before anything else
 * can fail, obtain a TT, then publish it, put the `flex-insights` command on PATH and run the
 * exports of the `reports` input.
 */
















async function finishMain(start) {
    if (start.sources.logger instanceof early/* BufferedLogger */.IG)
        start.sources.logger.attach(core_sources/* coreLogger */.W);
    const { inputs, secrets, transport, account, login, sentAt } = start;
    if (!inputs || !transport || !account || !login || sentAt === undefined)
        throw start.error;
    try {
        core/* saveState */.LZ(state/* STATE */.c.logout, String(inputs.logout));
        const answer = await login;
        const session = session_session/* Session */.Nn.fromLogin(account, answer, { login: inputs.login, mode: inputs.authMode, ttLifetimeMs: inputs.ttLifetimeMs, sentAt }, (0,early/* nowOf */.Ic)(start.sources));
        // Before anything else can fail: from here on the post step can end this session. The SST
        // goes only to the private session file, never to the runner's saved state (SECURITY.md).
        const { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs } = inputs;
        const settings = { version: 1, apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs };
        const { folder, file } = await keepSession(session, settings);
        if (answer.problem)
            throw answer.problem;
        await session.token();
        // The command refreshes from the file (jobs over 10 minutes); the TT is masked already.
        const record = session.toRecord();
        (0,session_file/* writeSessionFile */.s8)(file, { ...settings, ...record, ttMasked: true });
        const cli = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(process.argv[1] ?? 'dist/index.js')), 'cli.cjs');
        if ((0,external_node_fs_.existsSync)(cli)) {
            writeCommandShims((0,external_node_path_.join)(folder, 'bin'), process.execPath, cli);
            core/* addPath */.fM((0,external_node_path_.join)(folder, 'bin'));
        }
        else
            core/* debug */.Yz(`${cli} is missing (not run from dist/?): the flex-insights command is not on PATH`);
        const expiresAt = new Date((0,token_times/* ttExpiresAt */.wY)(record));
        publishCredentials(secrets, { setOutput: core/* setOutput */.uH, exportVariable: core/* exportVariable */.dN }, {
            tt: record.tt,
            apiUrl,
            profileId: record.profileId,
            expiresAt,
            sessionFile: file,
            workspace: inputs.workspace
        }, inputs);
        if (process.env.GITHUB_STEP_SUMMARY)
            await core/* summary */.z
                .addRaw(loginSummary({ apiUrl, profileId: record.profileId, expiresAt, logout: inputs.logout }))
                .write();
        const where = inputs.exportEnv ? `step outputs and ${inputs.envPrefix}_* env vars` : 'step outputs';
        core/* info */.pq(`Logged in to ${apiUrl} as ${inputs.login} (profile ${record.profileId}) ` +
            `in ${transport.requestCount} request(s). ` +
            `Temporary token exported as ${where}, valid until ${expiresAt.toISOString()}. ` +
            (inputs.logout
                ? 'Logout is scheduled for the post step.'
                : 'logout: false, the session stays open after the job.'));
        await runReportsInput(inputs, file, secrets, start.sources.clock);
    }
    finally {
        transport.close();
    }
}
/**
 * Writes the session file and tells the post step where it is. If the file cannot be written the
 * post step could not end the session, so it is ended here before the step fails.
 */
async function keepSession(session, settings) {
    try {
        const made = (0,session_file/* createSessionFolder */.by)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)());
        (0,session_file/* writeSessionFile */.s8)(made.file, { ...settings, ...session.toRecord(), ttMasked: true });
        core/* saveState */.LZ(state/* STATE */.c.sessionFile, made.file);
        return made;
    }
    catch (error) {
        const outcome = await session.logout();
        const ended = outcome.kind === 'failed' ? `logging out failed too: ${outcome.reason}. ${post.REVOKE}` : 'logged out';
        throw new Error(`could not write the private session file (${error.message}); ${ended}`, {
            cause: error
        });
    }
}
/** The main step once its first request is under way (src/index.ts); it fails with one line. */
async function runMain(start) {
    core/* saveState */.LZ(state/* STATE */.c.isPost, 'true');
    try {
        await finishMain(start);
    }
    catch (error) {
        core/* setFailed */.C1((0,failure/* describeError */.U)(error, text => start.secrets.redact(text)));
    }
}
/** The main step with @actions/core from the start: the entry for @github/local-action. */
const main_run = () => runMain((0,early/* startMain */.Ym)((0,core_sources/* coreSources */.w)()));


/***/ }),

/***/ 7718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REVOKE: () => (/* binding */ REVOKE),
/* harmony export */   finishPost: () => (/* binding */ finishPost),
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _session_session_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3527);
/* harmony import */ var _core_sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5124);
/* harmony import */ var _early_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2181);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9280);
/**
 * The post step (post-if: always()): end the session so the two-week SST dies with the job. It
 * never fails the job, and it never says a session ended unless the server said so: anything
 * else that may leave the SST alive is a warning that says how to revoke it.
 */





const REVOKE = 'The SST may still be valid for up to two weeks; change the password of this user to revoke it now';
async function finishPost(start) {
    if (start.sources.logger instanceof _early_js__WEBPACK_IMPORTED_MODULE_3__/* .BufferedLogger */ .IG)
        start.sources.logger.attach(_core_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .coreLogger */ .W);
    const { plan } = start;
    try {
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
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not log out of Flex Insights: ${plan.reason}. ${REVOKE}.`);
                return;
        }
        const outcome = await start.outcome;
        const requests = start.transport?.requestCount ?? 0;
        if (outcome?.kind === 'logged-out') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Logged out of Flex Insights (profile ${plan.profileId}) in ${requests} request(s): ` +
                `the session's SST is no longer valid.`);
        }
        else if (outcome?.kind === 'already-ended') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Flex Insights logout not needed for profile ${plan.profileId}: ` +
                `the server says the session had already ended (logged out or expired).`);
        }
        else {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not log out of Flex Insights (profile ${plan.profileId}): ${outcome?.reason}. ${REVOKE}.`);
        }
    }
    finally {
        start.transport?.close();
        if (start.sessionFile)
            (0,_session_session_file_js__WEBPACK_IMPORTED_MODULE_1__/* .removeSessionFolder */ .Jf)(start.sessionFile);
    }
}
/** The post step once its first request is under way (src/index.ts); it only ever warns. */
async function runPost(start) {
    try {
        await finishPost(start);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Flex Insights post step: ${(0,_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .U)(error)}`);
    }
}
/** The post step with @actions/core from the start: the entry for @github/local-action. */
const run = () => runPost((0,_early_js__WEBPACK_IMPORTED_MODULE_3__/* .startPost */ .V2)((0,_core_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .coreSources */ .w)()));


/***/ })

};
