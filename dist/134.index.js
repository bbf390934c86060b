export const id = 134;
export const ids = [134,718,691,924,937];
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

/***/ 5113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ ExportsFailed),
/* harmony export */   v: () => (/* binding */ runReportsInput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _api_authorized_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(111);
/* harmony import */ var _api_metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6463);
/* harmony import */ var _export_progress_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2103);
/* harmony import */ var _export_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(971);
/* harmony import */ var _export_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6146);
/* harmony import */ var _session_stored_session_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9329);
/* harmony import */ var _core_sources_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5124);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8770);
/**
 * The `reports` input: exported right after login, into output-dir, with the same engine as
 * `flex-insights export` (the session file keeps the token fresh). Every report is attempted;
 * any failure fails the step after all have run; the post step still logs out.
 */











const TIMEOUT_MS = 30 * 60 * 1000;
const PARALLEL = 4;
class ExportsFailed extends Error {
}
async function runReportsInput(inputs, sessionFile, secrets, clock) {
    const listing = inputs.listReports && !inputs.reports.length;
    if (!inputs.reports.length && !listing)
        return;
    const session = _session_stored_session_js__WEBPACK_IMPORTED_MODULE_7__/* .StoredSession */ .qb.open(sessionFile, {
        secrets,
        logger: _core_sources_js__WEBPACK_IMPORTED_MODULE_8__/* .coreLogger */ .W,
        clock,
        now: clock && (() => clock.now())
    });
    try {
        if (listing) {
            const workspace = inputs.workspace;
            const reports = await new _api_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .MetadataClient */ .Pw(new _api_authorized_js__WEBPACK_IMPORTED_MODULE_3__/* .AuthorizedApi */ .u(session.transport, session)).reports(workspace);
            if (process.env.GITHUB_STEP_SUMMARY)
                await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .reportsSummary */ .G)(workspace, reports)).write();
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Workspace ${workspace} has ${reports.length} report(s); they are listed in the step summary.`);
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
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace, inputs.outputDir);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
    // The folder is the action's output: a file from an earlier run is replaced, never appended to.
    const jobs = inputs.reports.map(ref => ({
        ref,
        target: { dir },
        timeoutMs: TIMEOUT_MS,
        clobber: true,
        failOnEmpty: false,
        maxDownloads: inputs.maxAttempts
    }));
    const results = await (0,_export_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runExports */ .z)(jobs, session, PARALLEL, { info: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq, debug: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz }, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq);
    const shown = (path) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace, path) || path;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('files', JSON.stringify(results.filter(r => r.path).map(r => shown(r.path))));
    for (const r of results)
        describe(r, shown);
    if (process.env.GITHUB_STEP_SUMMARY)
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_export_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .exportSummary */ .PD)(results, shown)).write();
    const failed = results.filter(r => r.outcome === 'failed' || r.outcome === 'timed-out');
    if (failed.length) {
        const lines = failed.map(r => `- report ${r.ref.input}: ${r.message}`);
        throw new ExportsFailed(`${failed.length} of ${results.length} report export(s) failed:\n${lines.join('\n')}`);
    }
}
function describe(r, shown) {
    if (r.outcome === 'written')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Report ${r.ref.input}: ${shown(r.path)}, ${r.rows} rows, ${(0,_export_progress_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z3)(r.bytes)}, sha256 ${r.sha256}`);
    else if (r.outcome === 'empty')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`Report ${r.ref.input} has no data (HTTP 204): wrote an empty ${shown(r.path)}`);
}


/***/ }),

/***/ 8691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  finishMain: () => (/* binding */ finishMain),
  run: () => (/* binding */ run)
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
// EXTERNAL MODULE: ./src/action/exports.ts
var action_exports = __webpack_require__(5113);
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
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
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
        // Before anything else can fail: from here on the post step can try to end this session.
        core/* saveState */.LZ(state/* STATE */.c.session, JSON.stringify(session.toRecord()));
        if (answer.problem)
            throw answer.problem;
        await session.token();
        // The private session file and the command that refreshes from it (jobs over 10 minutes).
        const record = session.toRecord();
        const { folder, file } = (0,session_file/* createSessionFolder */.by)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)());
        const { apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs } = inputs;
        (0,session_file/* writeSessionFile */.s8)(file, { version: 1, apiUrl, timeoutMs, maxAttempts, maxRetryWaitMs, ...record });
        core/* saveState */.LZ(state/* STATE */.c.sessionFile, file);
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
                .addRaw((0,summary/* loginSummary */.M)({ apiUrl, profileId: record.profileId, expiresAt, logout: inputs.logout }))
                .write();
        const where = inputs.exportEnv ? `step outputs and ${inputs.envPrefix}_* env vars` : 'step outputs';
        core/* info */.pq(`Logged in to ${apiUrl} as ${inputs.login} (profile ${record.profileId}) ` +
            `in ${transport.requestCount} request(s). ` +
            `Temporary token exported as ${where}, valid until ${expiresAt.toISOString()}. ` +
            (inputs.logout
                ? 'Logout is scheduled for the post step.'
                : 'logout: false, the session stays open after the job.'));
        await (0,action_exports/* runReportsInput */.v)(inputs, file, secrets, start.sources.clock);
    }
    finally {
        transport.close();
    }
}
/** The main step with @actions/core from the start: the entry for @github/local-action. */
async function run() {
    const { runMain } = await __webpack_require__.e(/* import() */ 937).then(__webpack_require__.bind(__webpack_require__, 9134));
    await runMain((0,early/* startMain */.Ym)((0,core_sources/* coreSources */.w)()));
}


/***/ }),

/***/ 7718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REVOKE: () => (/* binding */ REVOKE),
/* harmony export */   finishPost: () => (/* binding */ finishPost),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _session_session_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3527);
/* harmony import */ var _core_sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5124);
/* harmony import */ var _early_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2181);
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
        if (plan.note)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(plan.note);
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
/** The post step with @actions/core from the start: the entry for @github/local-action. */
async function run() {
    const { runPost } = await Promise.all(/* import() */[__webpack_require__.e(588), __webpack_require__.e(924)]).then(__webpack_require__.bind(__webpack_require__, 9134));
    await runPost((0,_early_js__WEBPACK_IMPORTED_MODULE_3__/* .startPost */ .V2)((0,_core_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .coreSources */ .w)()));
}


/***/ }),

/***/ 9134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runMain: () => (/* binding */ runMain),
/* harmony export */   runPost: () => (/* binding */ runPost),
/* harmony export */   runStep: () => (/* binding */ runStep)
/* harmony export */ });
/* unused harmony export describeError */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3249);
/* harmony import */ var _exports_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5113);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1729);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8691);
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7718);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3175);
/**
 * `run(main, post)` as in docker/actions-toolkit: one bundle serves both steps, the runner
 * gives the post step the state the main step saved, and STATE_isPost tells them apart. The
 * main step fails with one line; the post step only ever warns.
 */







function describeError(error, redact = text => text) {
    if (error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlexInsightsError */ .FD || error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz || error instanceof _exports_js__WEBPACK_IMPORTED_MODULE_2__/* .ExportsFailed */ .l)
        return error.message;
    // Unexpected: the message only, never the stack (debug logs may be public), and no secret.
    return redact(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
}
async function runMain(start) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_state_js__WEBPACK_IMPORTED_MODULE_6__/* .STATE */ .c.isPost, 'true');
    try {
        await (0,_main_js__WEBPACK_IMPORTED_MODULE_4__.finishMain)(start);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(describeError(error, text => start.secrets.redact(text)));
    }
}
async function runPost(start) {
    try {
        await (0,_post_js__WEBPACK_IMPORTED_MODULE_5__.finishPost)(start);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Flex Insights post step: ${describeError(error)}`);
    }
}
const runStep = (start) => start.step === 'main' ? runMain(start) : runPost(start);


/***/ }),

/***/ 8770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ reportsSummary),
/* harmony export */   M: () => (/* binding */ loginSummary)
/* harmony export */ });
/* harmony import */ var _export_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6146);
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
        (0,_export_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .tableRow */ .jD)([
            (0,_export_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(facts.apiUrl),
            (0,_export_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(facts.profileId),
            facts.expiresAt.toISOString(),
            facts.logout ? 'scheduled' : 'no (logout: false)'
        ]),
        ''
    ].join('\n');
}
function reportsSummary(workspace, reports) {
    const rows = reports.map(r => (0,_export_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .tableRow */ .jD)([r.objectId, (0,_export_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(r.identifier ?? ''), (0,_export_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(r.title), (0,_export_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(r.updated ?? '')]));
    return [
        `### Reports of workspace ${(0,_export_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(workspace)}`,
        '',
        'Use the id or the identifier in the `reports` input or with `flex-insights export`.',
        '',
        '| id | identifier | title | updated |',
        '|---:|---|---|---|',
        ...(rows.length ? rows : ['| | | (no reports) | |']),
        ''
    ].join('\n');
}


/***/ })

};
