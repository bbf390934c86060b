export const id = 396;
export const ids = [396];
export const modules = {

/***/ 3396:
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

// EXTERNAL MODULE: ./src/early-start.ts + 1 modules
var early_start = __webpack_require__(6334);
// EXTERNAL MODULE: ./src/command-shim.ts
var command_shim = __webpack_require__(3662);
// EXTERNAL MODULE: ./src/session-file.ts
var session_file = __webpack_require__(8782);
// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
// EXTERNAL MODULE: ./src/token-times.ts
var token_times = __webpack_require__(1197);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * The main step: validate inputs, log in, save what the post step needs, obtain a TT, then
 * mask and publish it.
 */










const coreLogger = { debug: core/* debug */.Yz, info: core/* info */.pq, warning: core/* warning */.$e };
/** The login was started by startMain, before @actions/core loaded; this finishes the step. */
async function main(deps = {}, early = (0,early_start/* startMain */.Ym)(deps)) {
    if (!early.ok)
        throw early.error;
    const { inputs, mask, http, client } = early;
    early.logs.attach(coreLogger);
    const now = deps.now ?? Date.now;
    try {
        core/* saveState */.LZ(state/* STATE */.c.logout, String(inputs.logout));
        const login = await early.login;
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
        core/* saveState */.LZ(state/* STATE */.c.session, JSON.stringify(record));
        const session = new auth_session/* AuthSession */.j(client, record, now);
        if (login.tt) {
            record.tt = login.tt;
            record.ttIssuedAt = early.loginSentAt;
        }
        else {
            await session.refresh();
        }
        core/* saveState */.LZ(state/* STATE */.c.session, JSON.stringify(record));
        // The private session file and the command that refreshes from it (jobs over 10 minutes).
        const runnerTemp = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
        const sessionFile = (0,session_file/* newSessionFilePath */.kO)(runnerTemp);
        (0,session_file/* writeSessionFile */.s8)(sessionFile, { version: 1, ...record });
        core/* saveState */.LZ(state/* STATE */.c.sessionFile, sessionFile);
        const binDir = (0,external_node_path_.join)((0,session_file/* sessionDir */.s)(runnerTemp), 'bin');
        (0,command_shim/* writeCommandShims */.b)(binDir, process.execPath, (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(process.argv[1] ?? 'dist/index.js')), 'cli.cjs'));
        core/* addPath */.fM(binDir);
        const expiresAt = new Date((0,token_times/* ttExpiresAt */.wY)(record));
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

;// CONCATENATED MODULE: ./src/post.ts
/**
 * The post step (post-if: always()): log the session out so the two-week SST dies with the
 * job. It never fails the job: problems become warnings, and every request is bounded. The
 * logout itself was started by startPost before @actions/core loaded; this reports on it.
 */




async function post(deps = {}, early = (0,early_start/* startPost */.V2)(deps)) {
    early.logs.attach(coreLogger);
    const { plan } = early;
    try {
        switch (plan.kind) {
            case 'nothing':
                core/* debug */.Yz('No Flex Insights session was saved (login did not succeed); nothing to log out.');
                return;
            case 'ended-by-command':
                core/* info */.pq(`The Flex Insights session of profile ${plan.record.profileId} was already ended by the flex-insights command; nothing to do.`);
                return;
            case 'kept':
                core/* info */.pq(`logout: false, so the Flex Insights session of profile ${plan.record.profileId} was left open: its SST stays valid for up to two weeks. ` +
                    'Set logout: true (the default) to end it when the job ends.');
                return;
        }
        if (plan.note)
            core/* debug */.Yz(plan.note);
        const { profileId } = plan.record;
        try {
            const outcome = await early.outcome;
            const requests = early.http?.requestCount ?? 0;
            if (outcome?.ended) {
                core/* info */.pq(`Logged out of Flex Insights (profile ${profileId}) in ${requests} request(s): the session's SST is no longer valid.`);
            }
            else {
                core/* info */.pq(`Flex Insights logout not needed for profile ${profileId}: ${outcome?.reason}.`);
            }
        }
        catch (error) {
            core/* warning */.$e(`Could not log out of Flex Insights (profile ${profileId}): ${error.message}. ` +
                'The SST stays valid until it expires (up to two weeks); change the password to revoke it now if that matters.');
        }
    }
    finally {
        early.http?.close();
        if (early.sessionFile)
            (0,session_file/* removeSessionFile */.nb)(early.sessionFile);
    }
}

// EXTERNAL MODULE: ./src/api-error.ts
var api_error = __webpack_require__(1340);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
;// CONCATENATED MODULE: ./src/run.ts
/**
 * `run(main, post)` wiring, as in docker/actions-toolkit: one bundle serves both steps. The
 * runner gives the post step the state the main step saved, so STATE_isPost tells them apart.
 */




function describeError(error) {
    if (error instanceof api_error/* FlexInsightsError */.FD || error instanceof inputs/* InputError */.dz)
        return error.message;
    // Unexpected: keep the message, never the stack (debug logs may be public).
    return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}
async function run(main, post) {
    if (!(0,early_start/* isPostStep */.pq)()) {
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



/** The action's main or post step (run() tells them apart), continuing what index.ts started. */
function runAction(early) {
    return run(() => main({}, early), () => post({}, early));
}


/***/ })

};
