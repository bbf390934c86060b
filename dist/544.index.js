export const id = 544;
export const ids = [544];
export const modules = {

/***/ 1544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/api/errors.ts
var errors = __webpack_require__(3249);
// EXTERNAL MODULE: ./src/session/session-file.ts
var session_file = __webpack_require__(3527);
// EXTERNAL MODULE: ./src/session/stored-session.ts + 1 modules
var stored_session = __webpack_require__(9329);
// EXTERNAL MODULE: ./src/api/secrets.ts
var secrets = __webpack_require__(3465);
;// CONCATENATED MODULE: ./src/cli/io.ts
/**
 * What every `flex-insights` command writes through: stdout for its answer only (a token, a
 * CSV, a listing), stderr for everything else. Inside GitHub Actions every secret it learns is
 * masked with `::add-mask::` on stderr (the runner reads both streams) before anything can
 * print it; the command never loads @actions/core.
 */

const processIo = () => ({
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    now: Date.now
});
/** Bad arguments: exit 2, with the command's help. */
class UsageError extends Error {
}
/** A failure the command explains itself: exit 1 (or `exitCode`), one line, no stack. */
class CommandError extends Error {
    exitCode;
    constructor(message, exitCode = 1) {
        super(message);
        this.exitCode = exitCode;
    }
}
const inActions = (io) => io.env.GITHUB_ACTIONS === 'true';
/** A workflow command line, its data escaped as @actions/core escapes it. */
function workflowCommand(name, message) {
    return `::${name}::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`;
}
const say = (io, message) => void io.stderr.write(`flex-insights: ${message}\n`);
function cliSecrets(io) {
    return new secrets/* Secrets */.Sb(value => {
        if (inActions(io))
            io.stderr.write(workflowCommand('add-mask', value));
    });
}
function cliLogger(io) {
    const debug = io.env.RUNNER_DEBUG === '1';
    return {
        debug: m => {
            if (debug)
                say(io, m);
        },
        info: m => say(io, m),
        warning: m => say(io, `warning: ${m}`)
    };
}

// EXTERNAL MODULE: ./src/api/tokens.ts
var tokens = __webpack_require__(488);
// EXTERNAL MODULE: ./src/session/token-times.ts
var token_times = __webpack_require__(4270);
// EXTERNAL MODULE: ./src/session/env-names.ts
var env_names = __webpack_require__(7130);
;// CONCATENATED MODULE: ./src/cli/context.ts



const SESSION_OPTIONS = {
    session: { type: 'string' },
    prefix: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
const SESSION_HELP = `  --session FILE             session file (default: $FLEX_INSIGHTS_SESSION_FILE)
  --prefix P                 the session of the step with env-prefix P ($P_SESSION_FILE)`;
/** The workspace: -w, else $<PREFIX>_WORKSPACE (the action's workspace input); `variable` names that env var. */
function workspaceOption(values, env) {
    const prefix = typeof values.prefix === 'string' ? values.prefix : env_names/* DEFAULT_PREFIX */.Nf;
    const variable = (0,env_names/* envName */.pD)(prefix, 'WORKSPACE');
    return { workspace: typeof values.workspace === 'string' ? values.workspace : env[variable] || undefined, variable };
}
/** The session file path: --session, else the env var of --prefix (FLEX_INSIGHTS by default). */
function sessionPath(values, env) {
    if (typeof values.session === 'string')
        return values.session;
    const prefix = typeof values.prefix === 'string' ? values.prefix : env_names/* DEFAULT_PREFIX */.Nf;
    if (!(0,env_names/* isPrefix */.RW)(prefix))
        throw new UsageError(`--prefix must look like an env-prefix (e.g. FLEX_INSIGHTS); got "${prefix}"`);
    const name = (0,env_names/* envName */.pD)(prefix, 'SESSION_FILE');
    const path = env[name];
    if (!path) {
        throw new CommandError(`no session file: $${name} is not set. ` +
            `Run the Flex Insights Auth action earlier in this job (with export-env: true), or pass --session FILE`);
    }
    return path;
}
function openSession(values, context) {
    return stored_session/* StoredSession */.qb.open(sessionPath(values, context.io.env), {
        secrets: context.secrets,
        logger: context.logger,
        now: context.io.now
    });
}
/** Runs `fn` with the session of --session/--prefix, and closes its connections after. */
async function withSession(values, context, fn) {
    const session = openSession(values, context);
    try {
        return await fn(session);
    }
    finally {
        session.close();
    }
}
/** A string option's value, if given. */
const stringOption = (values, name) => typeof values[name] === 'string' ? values[name] : undefined;
/** A whole number option within bounds, or a usage error naming it. */
function intOption(values, name, fallback, min, max) {
    const raw = values[name];
    if (raw === undefined)
        return fallback;
    if (typeof raw !== 'string' || !/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
    }
    return Number(raw);
}

;// CONCATENATED MODULE: ./src/cli/token.ts
/**
 * `flex-insights token` and `cookie`: a TT that stays valid for the next request, the cached one
 * while it is fresh (fast-path.ts answers that without loading this), else a refreshed one.
 */




const OPTIONS = { ...SESSION_OPTIONS, 'min-validity': { type: 'string' } };
function minValidity(values) {
    const raw = stringOption(values, 'min-validity');
    if (raw === undefined)
        return undefined;
    const ms = (0,token_times/* parseMinValidity */.AI)(raw);
    if (ms === undefined)
        throw new UsageError(`--min-validity must be whole seconds from 0 to ${token_times/* MAX_MIN_VALIDITY_S */.vg}`);
    return ms;
}
async function print(values, context, form) {
    const wanted = minValidity(values);
    return withSession(values, context, async (session) => {
        context.io.stdout.write(`${form(await session.token(wanted))}\n`);
        return 0;
    });
}
const tokenCommand = {
    name: 'token',
    summary: 'print a Temporary Token valid for at least 60 more seconds',
    options: OPTIONS,
    positionals: false,
    help: `Usage: flex-insights token [--min-validity SECONDS] [--session FILE | --prefix P]

Prints a Temporary Token (TT) that stays valid for at least --min-validity seconds (default 60,
at most ${token_times/* MAX_MIN_VALIDITY_S */.vg}): the cached one while it is, otherwise a fresh one from the API, saved for the next
call. Only the token goes to stdout, so this works:

  curl -H "X-GDC-AuthTT: $(flex-insights token)" "$FLEX_INSIGHTS_API_URL/gdc/account/profile/$FLEX_INSIGHTS_PROFILE_ID"

${SESSION_HELP}

Inside GitHub Actions a new token is masked (::add-mask:: on stderr).
Exit codes: 0 success, 1 failure (the session ended: run the action again), 2 usage error.
`,
    run: (values, _positionals, context) => print(values, context, tt => tt)
};
const cookieCommand = {
    name: 'cookie',
    summary: 'print it as a cookie: GDCAuthTT=<token>',
    options: OPTIONS,
    positionals: false,
    help: `Usage: flex-insights cookie [--min-validity SECONDS] [--session FILE | --prefix P]

Like "flex-insights token", printed as a cookie for curl -b:

  curl -b "$(flex-insights cookie)" "$FLEX_INSIGHTS_API_URL/gdc/account/profile/$FLEX_INSIGHTS_PROFILE_ID"

${SESSION_HELP}

Exit codes: 0 success, 1 failure (the session ended: run the action again), 2 usage error.
`,
    run: (values, _positionals, context) => print(values, context, tokens/* ttCookie */.PM)
};

;// CONCATENATED MODULE: ./src/cli/end.ts
/**
 * `flex-insights logout` and `delete-profile`: end the session now (the post step then has
 * nothing to do), or delete the user's own profile for off-boarding.
 */



const REVOKE = 'The SST may stay valid for up to two weeks; change the password to revoke it now';
const logoutCommand = {
    name: 'logout',
    summary: 'log the session out now (the post step then has nothing to do)',
    options: SESSION_OPTIONS,
    positionals: false,
    help: `Usage: flex-insights logout [--session FILE | --prefix P]

Logs the session out now: its Super Secured Token stops working and later token calls fail.
The action's post step then sees the session has ended and stays quiet.

  flex-insights logout

${SESSION_HELP}

Exit codes: 0 logged out (or already ended), 1 failure, 2 usage error.
`,
    async run(values, _positionals, context) {
        let session;
        try {
            session = openSession(values, context);
        }
        catch (error) {
            if (!(error instanceof stored_session/* SessionEndedError */.bd))
                throw error;
            say(context.io, 'the session had already ended; nothing to do');
            return 0;
        }
        try {
            const outcome = await session.end('logout');
            if (outcome.kind === 'failed')
                throw new CommandError(`could not log out of Flex Insights (profile ${session.profileId}): ${outcome.reason}. ${REVOKE}`);
            say(context.io, outcome.kind === 'logged-out'
                ? `logged out of Flex Insights (profile ${session.profileId}); the session's tokens no longer work`
                : 'the server says the session had already ended; nothing to do');
            return 0;
        }
        finally {
            session.close();
        }
    }
};
const deleteProfileCommand = {
    name: 'delete-profile',
    summary: "delete the logged-in user's own profile (--confirm LOGIN); cannot be undone",
    options: { ...SESSION_OPTIONS, confirm: { type: 'string' } },
    positionals: false,
    help: `Usage: flex-insights delete-profile --confirm LOGIN [--session FILE | --prefix P]

Deletes the Flex Insights profile of the logged-in user (DELETE /gdc/account/profile/{id}), for
off-boarding a service account. THIS CANNOT BE UNDONE. --confirm must repeat the login (email)
the session belongs to; anything else is refused.

  flex-insights delete-profile --confirm "$RETIRED_LOGIN"

${SESSION_HELP}

Exit codes: 0 deleted, 1 failure or refused confirmation, 2 usage error.
`,
    async run(values, _positionals, context) {
        const confirm = values.confirm;
        if (typeof confirm !== 'string')
            throw new UsageError('delete-profile needs --confirm LOGIN (the login of the session), because it cannot be undone');
        return withSession(values, context, async (session) => {
            await session.end('delete-profile', login => {
                if (confirm.toLowerCase() !== login.toLowerCase()) {
                    throw new CommandError(`refusing to delete: --confirm "${confirm}" is not the login of this session (${login}). ` +
                        `Nothing was deleted`);
                }
            });
            say(context.io, `deleted the Flex Insights profile of ${session.login} (profile ${session.profileId}). ` +
                `This cannot be undone; the session has ended`);
            return 0;
        });
    }
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/export/batch.ts + 7 modules
var batch = __webpack_require__(1855);
// EXTERNAL MODULE: ./src/export/job.ts
var export_job = __webpack_require__(949);
// EXTERNAL MODULE: ./src/export/progress.ts
var progress = __webpack_require__(2103);
// EXTERNAL MODULE: ./src/export/report-ref.ts
var report_ref = __webpack_require__(6826);
// EXTERNAL MODULE: ./src/export/run.ts
var run = __webpack_require__(971);
// EXTERNAL MODULE: ./src/export/summary.ts
var export_summary = __webpack_require__(6146);
;// CONCATENATED MODULE: ./src/cli/export.ts
/**
 * `flex-insights export`: reports to CSV files, with the session's token kept fresh however
 * long the exports take. Everything that can be checked from the arguments is checked before
 * the first request.
 */










const HELP = `Usage: flex-insights export <report>... [-w WS] [-o FILE|-] [-D DIR] [--parallel N]
                            [--timeout S] [--clobber] [--fail-on-empty] [--session FILE | --prefix P]

Exports reports of Flex Insights as CSV files. A <report> is any of
  12345                                  an object id (needs -w)
  /gdc/md/<workspace>/obj/12345          an object URI (the workspace is taken from it)
  b08a2c8ca8f4                           a global identifier (needs -w; looked up with one request)
  https://analytics.ytica.com/#s=/gdc/projects/<workspace>|…/obj/12345
                                         an Analytics Portal URL (its host is ignored)

Options:
  -w, --workspace WS         workspace of the reports (default: $FLEX_INSIGHTS_WORKSPACE, or
                             $P_WORKSPACE with --prefix P)
  -o, --output FILE          write the one report to FILE; "-" writes it to stdout (nothing else
                             goes there; not atomic, and a broken download is not fetched again)
  -D, --dir DIR              folder for report-<id>.csv files (default: .; created if missing)
      --parallel N           reports exported at once (default 4, 1-16)
      --timeout S            limit per report in seconds (default 1800); on expiry the result's
                             URL is printed so it can be fetched later
      --clobber              overwrite existing files (default: refuse, before any request)
      --fail-on-empty        exit 3 when a report has no data (default: write an empty file)
${SESSION_HELP}

Files appear only when complete (written to a .part file, then renamed); nothing is left
behind on failure, timeout or interruption. The token is refreshed whenever it is about to
expire, so exports longer than 10 minutes work. Progress goes to stderr every 10 s.

Example:
  flex-insights export 12345 b08a2c8ca8f4 -w "$WORKSPACE_ID" -D exports

Exit codes: 0 written (an empty report too), 1 failure, 2 usage error (or a file exists),
3 empty report with --fail-on-empty, 4 authentication (the session ended), 5 timed out.
With several reports every one is attempted and the highest code wins.
`;
function jobsOf(values, positionals, io) {
    const { env } = io;
    if (!positionals.length)
        throw new UsageError('which report? Give at least one <report>');
    const { workspace, variable } = workspaceOption(values, env);
    const output = values.output;
    if (output !== undefined && positionals.length > 1)
        throw new UsageError('-o names one file; for several reports use -D DIR');
    if (output !== undefined && values.dir !== undefined)
        throw new UsageError('-o and -D do not go together');
    const target = output === '-'
        ? { stdout: io.stdout }
        : output !== undefined
            ? { file: output }
            : { dir: stringOption(values, 'dir') ?? '.' };
    const refs = positionals.map(input => {
        try {
            return (0,report_ref/* parseReportRef */.tN)(input, workspace);
        }
        catch (error) {
            if (error instanceof report_ref/* ReportRefError */.uZ)
                throw new UsageError(error.message);
            throw error;
        }
    });
    for (const ref of refs) {
        if (!ref.workspace)
            throw new UsageError(`${ref.input} needs a workspace: pass -w WORKSPACE (or set $${variable})`);
    }
    const timeoutMs = intOption(values, 'timeout', 1800, 1, 86_400) * 1000;
    return refs.map(ref => ({
        ref,
        target,
        timeoutMs,
        clobber: values.clobber === true,
        failOnEmpty: values['fail-on-empty'] === true,
        maxDownloads: 0
    }));
}
/** Targets known from the arguments: no duplicates, and none that exists unless --clobber. */
function checkTargets(jobs) {
    const seen = new Set();
    for (const job of jobs) {
        const path = job.ref.objectId ? (0,export_job/* targetPath */.Bd)(job.target, job.ref.objectId) : undefined;
        if (!path)
            continue;
        if (seen.has(path))
            throw new UsageError(`${path} would be written twice: ${job.ref.input} is given more than once`);
        seen.add(path);
        if (!job.clobber && (0,external_node_fs_.existsSync)(path))
            throw new CommandError(`${path} already exists; pass --clobber to overwrite it. Nothing was exported`, export_job/* EXIT */.dc.usage);
    }
}
function report(context, r) {
    const { io } = context;
    const id = r.ref.input;
    if (r.outcome === 'written') {
        say(io, `report ${id}: ${r.path ?? 'stdout'}: ${r.rows} rows, ` +
            `${(0,progress/* formatBytes */.z3)(r.bytes)}, in ${(0,progress/* formatDuration */.a3)(r.computeMs + r.downloadMs)}`);
    }
    else if (r.outcome === 'empty') {
        const text = `report ${id} has no data (HTTP 204)${r.path ? `: wrote an empty ${r.path}` : ''}`;
        if (inActions(io))
            io.stderr.write(workflowCommand('notice', text));
        else
            say(io, text);
    }
    else {
        say(io, `report ${id}: ${r.message}`);
    }
}
const exportCommand = {
    name: 'export',
    summary: 'export reports as CSV files: polled, refreshed, atomic',
    options: {
        ...SESSION_OPTIONS,
        workspace: { type: 'string', short: 'w' },
        output: { type: 'string', short: 'o' },
        dir: { type: 'string', short: 'D' },
        parallel: { type: 'string' },
        timeout: { type: 'string' },
        clobber: { type: 'boolean' },
        'fail-on-empty': { type: 'boolean' }
    },
    positionals: true,
    data: true,
    help: HELP,
    async run(values, positionals, context) {
        const jobs = jobsOf(values, positionals, context.io);
        const parallel = intOption(values, 'parallel', 4, 1, 16);
        checkTargets(jobs);
        for (const job of jobs) {
            const path = 'file' in job.target ? job.target.file : 'dir' in job.target ? `${job.target.dir}/x` : undefined;
            if (path)
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        }
        return withSession(values, context, async (session) => {
            for (const job of jobs)
                job.maxDownloads = session.transport.settings.maxAttempts;
            // On a terminal the progress line updates in place; in a log it is one line per 10 s.
            const tty = context.io.stderr.isTTY === true;
            const show = (line) => void context.io.stderr.write(tty ? `\r\x1b[Kflex-insights: ${line}` : `flex-insights: ${line}\n`);
            const results = await (0,run/* runExports */.z)(jobs, session, parallel, { info: m => say(context.io, m), debug: m => context.logger.debug(m) }, show);
            if (tty)
                context.io.stderr.write('\r\x1b[K');
            for (const r of results)
                report(context, r);
            const summary = context.io.env.GITHUB_STEP_SUMMARY;
            if (inActions(context.io) && summary)
                (0,external_node_fs_.appendFileSync)(summary, (0,export_summary/* exportSummary */.PD)(results, path => path));
            return (0,batch/* highestExit */.F)(results);
        });
    }
};

// EXTERNAL MODULE: ./src/api/authorized.ts
var authorized = __webpack_require__(111);
// EXTERNAL MODULE: ./src/api/metadata.ts
var metadata = __webpack_require__(6463);
// EXTERNAL MODULE: ./src/api/printable.ts
var printable = __webpack_require__(2695);
;// CONCATENATED MODULE: ./src/cli/table.ts
/**
 * Listings for people and for scripts: an aligned table on a terminal, tab-separated lines
 * otherwise, or the server's own entries as JSON lines (--json) for jq. Server text is
 * hostile: control characters (terminal escapes, tabs, line breaks) never reach the output.
 */

function printRows(io, header, rows, json) {
    if (json) {
        for (const entry of json)
            io.stdout.write(`${JSON.stringify(entry)}\n`);
        return;
    }
    const cells = rows.map(row => row.map(printable/* printable */.g));
    if (!io.stdout.isTTY) {
        for (const row of cells)
            io.stdout.write(`${row.join('\t')}\n`);
        return;
    }
    const widths = header.map((h, i) => Math.max(h.length, ...cells.map(row => row[i].length)));
    const line = (row) => `${row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]))).join('  ')}\n`;
    io.stdout.write(line(header));
    for (const row of cells)
        io.stdout.write(line(row));
}

;// CONCATENATED MODULE: ./src/cli/list.ts
/**
 * `flex-insights workspaces` and `reports`: find the ids `flex-insights export` takes.
 */





const EXIT_HELP = 'Exit codes: 0 success (an empty list too), 1 failure, 2 usage error, 4 authentication (the session ended).';
async function withMetadata(values, context, fn) {
    return withSession(values, context, session => fn(new metadata/* MetadataClient */.Pw(new authorized/* AuthorizedApi */.u(session.transport, session)), session));
}
const workspacesCommand = {
    name: 'workspaces',
    summary: 'list the workspaces (projects) this user can see',
    options: { ...SESSION_OPTIONS, json: { type: 'boolean' } },
    positionals: false,
    data: true,
    help: `Usage: flex-insights workspaces [--json] [--session FILE | --prefix P]

Lists the workspaces (projects) the logged-in user can see: id, state and title. The id is
what -w takes (flex-insights reports, flex-insights export) and the workspace input takes.

  flex-insights workspaces

Options:
      --json                 the server's entries, one JSON object per line (for jq)
${SESSION_HELP}

On a terminal the list is an aligned table; otherwise tab-separated lines.
${EXIT_HELP}
`,
    run: (values, _positionals, context) => withMetadata(values, context, async (metadata, session) => {
        const workspaces = await metadata.workspaces(session.profileId);
        printRows(context.io, ['ID', 'STATE', 'TITLE'], workspaces.map(w => [w.id, w.state ?? '', w.title]), values.json ? workspaces.map(w => w.raw) : undefined);
        return 0;
    })
};
const reportsCommand = {
    name: 'reports',
    summary: 'list the reports of a workspace (-w WS), with the ids export takes',
    options: {
        ...SESSION_OPTIONS,
        workspace: { type: 'string', short: 'w' },
        json: { type: 'boolean' },
        search: { type: 'string' }
    },
    positionals: false,
    data: true,
    help: `Usage: flex-insights reports -w WS [--search TEXT] [--json] [--session FILE | --prefix P]

Lists the reports of a workspace: object id, global identifier, last update and title. Both
ids are what flex-insights export (and the reports input) accepts.

  flex-insights reports -w "$WORKSPACE_ID" --search agent

Options:
  -w, --workspace WS         the workspace (default: $FLEX_INSIGHTS_WORKSPACE, or $P_WORKSPACE)
      --search TEXT          only reports whose title contains TEXT (any case)
      --json                 the server's entries, one JSON object per line (for jq)
${SESSION_HELP}

On a terminal the list is an aligned table; otherwise tab-separated lines.
${EXIT_HELP}
`,
    run(values, _positionals, context) {
        const { workspace } = workspaceOption(values, context.io.env);
        if (!workspace)
            throw new UsageError('which workspace? Pass -w WORKSPACE (list them with: flex-insights workspaces)');
        if (!(0,metadata/* isWorkspaceId */.Np)(workspace))
            throw new UsageError(`"${String(workspace)}" is not a workspace id (letters and digits)`);
        const search = typeof values.search === 'string' ? values.search.toLowerCase() : undefined;
        return withMetadata(values, context, async (metadata) => {
            const reports = (await metadata.reports(workspace)).filter(r => !search || r.title.toLowerCase().includes(search));
            printRows(context.io, ['ID', 'IDENTIFIER', 'UPDATED', 'TITLE'], reports.map(r => [r.objectId, r.identifier ?? '', r.updated ?? '', r.title]), values.json ? reports.map(r => r.raw) : undefined);
            return 0;
        });
    }
};

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/api/origin.ts
var origin = __webpack_require__(5612);
// EXTERNAL MODULE: ./src/api/body.ts
var api_body = __webpack_require__(3994);
;// CONCATENATED MODULE: ./src/cli/api.ts
/**
 * `flex-insights api`: one authenticated request to the configured API, like `gh api`. The
 * command adds a fresh TT; the path must be a /gdc/ path on the API URL (nothing else can be
 * reached with the session's tokens); the answer is streamed to stdout.
 */










const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** Safe to send again after a transient failure; the others are sent once. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
/** Headers the command owns: the tokens, and what HTTP itself must get right. */
const RESERVED = new Set([
    'cookie',
    'authorization',
    'x-gdc-authtt',
    'x-gdc-authsst',
    'host',
    'content-length',
    'transfer-encoding',
    'connection'
]);
/** Response headers never printed with --include. */
const HIDDEN = new Set(['set-cookie', 'x-gdc-authtt', 'x-gdc-authsst']);
const api_HELP = `Usage: flex-insights api <path> [-X METHOD] [-d JSON | --input FILE] [-H 'Name: value']...
                         [--include] [--session FILE | --prefix P]

Sends one request to the API URL of the session with a fresh Temporary Token and prints the
answer's body to stdout, streamed. <path> must start with /gdc/ (no other host can be reached).

Options:
  -X, --method METHOD        GET (default; POST with a body), HEAD, OPTIONS, POST, PUT, PATCH, DELETE
  -d, --data JSON            request body (JSON)
      --input FILE           request body from FILE ("-" for stdin)
  -H, --header 'Name: value' an extra request header (not Cookie or the X-GDC-Auth* headers)
  -i, --include              print the status line and headers first (never cookies or tokens)
${SESSION_HELP}

Examples:
  flex-insights api "/gdc/account/profile/$FLEX_INSIGHTS_PROFILE_ID" | jq .accountSetting.login
  flex-insights api -X POST "/gdc/md/$WORKSPACE_ID/identifiers" -d '{"identifierToUri":["b08a2c8ca8f4"]}'

GET, HEAD, OPTIONS, PUT and DELETE are retried on network errors and 5xx (max-attempts);
POST and PATCH are sent once.
Exit codes: 0 for a 2xx answer, 1 for an HTTP error (status, server message and request id on
stderr) or a failure, 2 usage error, 4 authentication (the session ended).
`;
function request(values, positionals, io, apiUrl) {
    if (positionals.length !== 1)
        throw new UsageError('give exactly one <path>, such as /gdc/account/profile/<id>');
    const path = positionals[0];
    // Checked on the resolved URL, so dot segments (/gdc/../x, %2e%2e) cannot leave /gdc/.
    const url = (0,origin/* urlUnder */.U3)(apiUrl, path);
    if (!path.startsWith('/gdc/') || !url?.pathname.startsWith(`${new URL(apiUrl).pathname.replace(/\/$/, '')}/gdc/`)) {
        throw new UsageError(`"${path}" is not a /gdc/ path on the API URL: give a path such as /gdc/md/<workspace>/query/reports, not a URL`);
    }
    if (values.data !== undefined && values.input !== undefined)
        throw new UsageError('-d and --input do not go together');
    const body = values.data !== undefined || values.input !== undefined;
    const method = (stringOption(values, 'method') ?? (body ? 'POST' : 'GET')).toUpperCase();
    if (!METHODS.includes(method))
        throw new UsageError(`-X must be one of ${METHODS.join(', ')}`);
    const headers = {};
    for (const raw of values.header ?? []) {
        const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*([\x20-\x7e\t]*)$/.exec(raw);
        if (!match)
            throw new UsageError(`-H "${raw}" is not 'Name: value' (printable characters, one line)`);
        if (RESERVED.has(match[1].toLowerCase()))
            throw new UsageError(`-H ${match[1]}: the command sets that header itself`);
        headers[match[1]] = match[2];
    }
    const req = { call: 'api', method, path, headers, once: !IDEMPOTENT.has(method) };
    if (typeof values.data === 'string') {
        try {
            req.body = JSON.parse(values.data);
        }
        catch {
            throw new UsageError('-d must be JSON');
        }
    }
    else if (typeof values.input === 'string') {
        req.upload = values.input === '-' ? stdinOnce(io) : () => (0,external_node_fs_.createReadStream)(values.input);
    }
    return req;
}
/** stdin can be read once; it is kept so the request can be sent again after a token renewal. */
function stdinOnce(io) {
    let kept;
    return () => {
        kept ??= (0,api_body/* readText */.yR)(external_node_stream_.Readable.from(io.stdin ?? []), 64 * 1024 * 1024).then(text => Buffer.from(text));
        return external_node_stream_.Readable.from((async function* () {
            yield await kept;
        })());
    };
}
const apiCommand = {
    name: 'api',
    summary: 'send one authenticated request to a /gdc/ path and print the answer',
    options: {
        ...SESSION_OPTIONS,
        method: { type: 'string', short: 'X' },
        data: { type: 'string', short: 'd' },
        input: { type: 'string' },
        header: { type: 'string', short: 'H', multiple: true },
        include: { type: 'boolean', short: 'i' }
    },
    positionals: true,
    data: true,
    help: api_HELP,
    async run(values, positionals, context) {
        return withSession(values, context, async (session) => {
            const req = request(values, positionals, context.io, session.transport.settings.apiUrl);
            const res = await new authorized/* AuthorizedApi */.u(session.transport, session).open(req);
            if (values.include) {
                const lines = [`HTTP ${res.status}`];
                for (const [name, value] of Object.entries(res.headers)) {
                    const shown = HIDDEN.has(name)
                        ? '(hidden)'
                        : (0,printable/* printable */.g)(Array.isArray(value) ? value.join(', ') : String(value));
                    lines.push(`${name}: ${shown}`);
                }
                context.io.stdout.write(`${lines.join('\n')}\n\n`);
            }
            if (res.status < 200 || res.status > 299) {
                const body = await (0,api_body/* readMessage */._8)(res.body);
                throw new CommandError((0,errors/* responseError */.U3)('api', { ...res, body }, session.transport.redact).message);
            }
            await (0,promises_.pipeline)(res.body, context.io.stdout, { end: false });
            return 0;
        });
    }
};

;// CONCATENATED MODULE: ./src/cli/command.ts
/**
 * `flex-insights`: the command the action puts on PATH for later steps. It works from the
 * private session file the main step wrote: tokens that stay valid (refreshed once, whatever
 * the number of parallel callers), report exports, listings and raw API calls.
 *
 * Exit codes: 0 success, 1 failure, 2 usage error; the data commands (export, workspaces,
 * reports, api) also use 3 (empty report with --fail-on-empty), 4 (authentication: the session
 * ended) and 5 (timed out). stdout carries only the answer, so `$(flex-insights token)` works.
 */










const COMMANDS = [
    tokenCommand,
    cookieCommand,
    exportCommand,
    workspacesCommand,
    reportsCommand,
    apiCommand,
    logoutCommand,
    deleteProfileCommand
];
const USAGE = `Usage: flex-insights <command> [options]

Commands:
${COMMANDS.map(c => `  ${c.name.padEnd(16)}${c.summary}`).join('\n')}

Every command reads the session of the Flex Insights Auth action that ran earlier in the job:
  --session FILE             session file (default: $FLEX_INSIGHTS_SESSION_FILE)
  --prefix P                 the session of the step with env-prefix P ($P_SESSION_FILE)
  -h, --help                 help for a command, with an example: flex-insights export --help

Exit codes: 0 success, 1 failure, 2 usage error; export, workspaces, reports and api also
3 (empty report with --fail-on-empty), 4 (authentication: the session ended), 5 (timed out).
`;
async function runCli(argv, io = processIo()) {
    const [name, ...rest] = argv;
    if (!name || name === '-h' || name === '--help' || name === 'help') {
        io[name ? 'stdout' : 'stderr'].write(USAGE);
        return name ? 0 : 2;
    }
    const command = COMMANDS.find(c => c.name === name);
    if (!command) {
        say(io, `unknown command "${name}"\n\n${USAGE}`);
        return 2;
    }
    const secrets = cliSecrets(io);
    const context = { io, secrets, logger: cliLogger(io) };
    try {
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({ args: rest, options: command.options, allowPositionals: command.positionals, strict: true });
        }
        catch (error) {
            throw new UsageError(error.message.replace(/\. To specify a positional.*$/s, ''));
        }
        if (parsed.values.help) {
            io.stdout.write(command.help);
            return 0;
        }
        return await command.run(parsed.values, parsed.positionals, context);
    }
    catch (error) {
        if (error instanceof UsageError) {
            say(io, `${error.message}\n\n${command.help}`);
            return 2;
        }
        if (error instanceof CommandError) {
            say(io, error.message);
            return error.exitCode;
        }
        const known = error instanceof session_file/* SessionFileError */.vB || error instanceof errors/* FlexInsightsError */.FD || error instanceof stored_session/* SessionEndedError */.bd;
        // Unexpected: the message only, never the stack; and no secret, even in that message.
        const message = error instanceof Error ? error.message : String(error);
        say(io, secrets.redact(known ? message : `unexpected error: ${message}`));
        return command.data && exitOf(error) ? exitOf(error) : 1;
    }
}
/** Authentication failures of the data commands: exit 4. */
function exitOf(error) {
    if (error instanceof stored_session/* SessionEndedError */.bd)
        return 4;
    if (error instanceof errors/* FlexInsightsError */.FD && (error.kind === 'session-gone' || error.kind === 'unauthorized'))
        return 4;
    return 1;
}


/***/ })

};
