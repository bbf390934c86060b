export const id = 619;
export const ids = [619];
export const modules = {

/***/ 5093:
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
// EXTERNAL MODULE: ./src/session/session-store.ts
var session_store = __webpack_require__(9504);
// EXTERNAL MODULE: ./src/export/exit-codes.ts
var exit_codes = __webpack_require__(8475);
// EXTERNAL MODULE: ./src/api/secrets.ts
var api_secrets = __webpack_require__(3465);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/api/clock.ts
var clock = __webpack_require__(6982);
;// CONCATENATED MODULE: ./src/cli/io.ts
/**
 * What every `flex-insights` command writes through: stdout for its answer only (a token, a
 * CSV, a listing), stderr for everything else. The command never registers a mask for what the
 * main step masked already; the one value it may newly print, a refreshed TT, is masked on stderr
 * only when stderr can reach the runner (docs/masking.md). It never loads @actions/core.
 */



/**
 * The runner reads a step's stdout and stderr through pipes; a redirection (`2>file`,
 * `2>/dev/null`) leaves a regular file or a device, and a mask written there is lost (and
 * would put the value in the file).
 */
function fdIsPipe(fd) {
    try {
        const stats = (0,external_node_fs_.fstatSync)(fd);
        return stats.isFIFO() || stats.isSocket();
    }
    catch {
        return false;
    }
}
const processIo = () => ({
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    clock: clock/* systemClock */.m,
    stderrIsPipe: () => fdIsPipe(2)
});
const inActions = (io) => io.env.GITHUB_ACTIONS === 'true';
/** A workflow command line, its data escaped as @actions/core escapes it. */
function workflowCommand(name, message) {
    return `::${name}::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`;
}
const say = (io, message) => void io.stderr.write(`flex-insights: ${message}\n`);
/**
 * Registers `tt` (and its cookie form) with the runner before it is printed, or says why it
 * cannot: outside Actions nothing needs masking; inside, the mask must go where the runner
 * reads, so a stderr that is not a pipe refuses the value instead (docs/masking.md).
 */
function maskForRunner(io, tt) {
    if (!inActions(io))
        return undefined;
    if (!io.stderrIsPipe())
        return ("the Temporary Token was just refreshed, and this command's stderr does not reach the runner " +
            '(it is redirected to a file or /dev/null), so the runner could not be told to mask the new token: ' +
            'it was not printed. Let stderr go to the log (drop 2>/dev/null or 2>FILE) on the call that ' +
            'refreshes; see "Jobs longer than 10 minutes" in the README');
    const lines = [];
    new api_secrets/* Secrets */.Sb(value => lines.push(workflowCommand('add-mask', value))).add(tt, 'tt');
    io.stderr.write(lines.join(''));
    return undefined;
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
// EXTERNAL MODULE: ./src/api/metadata.ts
var metadata = __webpack_require__(6463);
// EXTERNAL MODULE: ./src/session/env-names.ts
var env_names = __webpack_require__(7130);
// EXTERNAL MODULE: ./src/session/session.ts + 2 modules
var session_session = __webpack_require__(568);
// EXTERNAL MODULE: ./src/export/options.ts
var options = __webpack_require__(9076);
;// CONCATENATED MODULE: ./src/cli/context.ts





const SESSION_OPTIONS = {
    session: { type: 'string' },
    prefix: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
};
const SESSION_HELP = `  --session FILE             session file (default: $FLEX_INSIGHTS_SESSION_FILE)
  --prefix P                 the session of the step with env-prefix P ($P_SESSION_FILE)`;
/**
 * The workspace: -w, else $<PREFIX>_WORKSPACE (the action's workspace input), checked where it is
 * read so it can never shape a request path; `variable` names that env var.
 */
function workspaceOption(values, env) {
    const prefix = typeof values.prefix === 'string' ? values.prefix : env_names/* DEFAULT_PREFIX */.Nf;
    const variable = (0,env_names/* envName */.pD)(prefix, 'WORKSPACE');
    const workspace = typeof values.workspace === 'string' ? values.workspace : env[variable] || undefined;
    if (workspace !== undefined && !(0,metadata/* isWorkspaceId */.Np)(workspace))
        throw new exit_codes/* UsageError */.eb(`${values.workspace === undefined ? `$${variable}` : '-w'} "${(0,errors/* printable */.g$)(workspace)}" is not a workspace id ` +
            '(letters, digits, - and _, as in the Analytics Portal URL)');
    return { workspace, variable };
}
/** The session file path: --session, else the env var of --prefix (FLEX_INSIGHTS by default). */
function sessionPath(values, env) {
    if (typeof values.session === 'string')
        return values.session;
    const prefix = typeof values.prefix === 'string' ? values.prefix : env_names/* DEFAULT_PREFIX */.Nf;
    if (!(0,env_names/* isPrefix */.RW)(prefix))
        throw new exit_codes/* UsageError */.eb(`--prefix must look like an env-prefix (e.g. FLEX_INSIGHTS); got "${prefix}"`);
    const name = (0,env_names/* envName */.pD)(prefix, 'SESSION_FILE');
    const path = env[name];
    if (!path) {
        throw new exit_codes/* ExitError */.RS(`no session file: $${name} is not set. ` +
            `Run the Flex Insights Auth action earlier in this job (with export-env: true), or pass --session FILE`);
    }
    return path;
}
/** The session of --session/--prefix; the command's masks never reach the runner by themselves (docs/masking.md). */
function openSession(values, context) {
    return session_session/* Session */.Nn.open(sessionPath(values, context.io.env), {
        secrets: context.secrets,
        logger: context.logger,
        clock: context.io.clock
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

/** A whole number option within bounds, or a usage error naming it. */
function intOption(values, name, fallback, min, max) {
    const raw = values[name];
    if (raw === undefined)
        return fallback;
    if (typeof raw !== 'string' || !/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw new exit_codes/* UsageError */.eb(`--${name} must be a whole number from ${min} to ${max}`);
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
    const raw = (0,options/* stringOption */.Pp)(values, 'min-validity');
    if (raw === undefined)
        return undefined;
    const ms = (0,token_times/* parseMinValidity */.AI)(raw);
    if (ms === undefined)
        throw new exit_codes/* UsageError */.eb(`--min-validity must be whole seconds from 0 to ${token_times/* MAX_MIN_VALIDITY_S */.vg}`);
    return ms;
}
async function print(values, context, form) {
    const wanted = minValidity(values);
    return withSession(values, context, async (session) => {
        const tt = await session.token(wanted);
        if (!session.ttMasked && inActions(context.io)) {
            const refused = maskForRunner(context.io, tt);
            if (refused)
                throw new exit_codes/* ExitError */.RS(refused);
            await session.markMasked(tt);
        }
        context.io.stdout.write(`${form(tt)}\n`);
        return exit_codes/* EXIT */.dc.ok;
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

Inside GitHub Actions a token the runner has not yet been told to mask (a refreshed one) is
masked first, with ::add-mask:: on stderr; if stderr is redirected to a file or /dev/null, that
mask could not reach the runner, so the token is not printed (exit 1, with what to do).
${exit_codes/* EXIT_HELP */.NI}
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

${exit_codes/* EXIT_HELP */.NI}
`,
    run: (values, _positionals, context) => print(values, context, tokens/* ttCookie */.PM)
};

;// CONCATENATED MODULE: ./src/cli/logout.ts
/**
 * `flex-insights logout` and `delete-profile`: end the session now (the post step then has
 * nothing to do), or delete the user's own profile for off-boarding.
 */





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

When the session had already ended there is nothing to log out: exit 4.
${exit_codes/* EXIT_HELP */.NI}
`,
    async run(values, _positionals, context) {
        let session;
        try {
            session = openSession(values, context);
        }
        catch (error) {
            if (!(error instanceof session_store/* SessionEndedError */.b))
                throw error;
            say(context.io, 'the session had already ended; nothing to do');
            return exit_codes/* EXIT */.dc.ended;
        }
        try {
            const outcome = await session.logout();
            if (outcome.kind === 'failed')
                throw new exit_codes/* ExitError */.RS(`could not log out of Flex Insights (profile ${session.profileId}): ${outcome.reason}. ${session_session/* REVOKE */.fU}`);
            if (outcome.kind === 'already-ended') {
                say(context.io, 'the server says the session had already ended; nothing to do');
                return exit_codes/* EXIT */.dc.ended;
            }
            say(context.io, `logged out of Flex Insights (profile ${session.profileId}); the session's tokens no longer work`);
            return exit_codes/* EXIT */.dc.ok;
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

A refused confirmation is a failure: nothing is deleted.
${exit_codes/* EXIT_HELP */.NI}
`,
    async run(values, _positionals, context) {
        const confirm = values.confirm;
        if (typeof confirm !== 'string')
            throw new exit_codes/* UsageError */.eb('delete-profile needs --confirm LOGIN (the login of the session), because it cannot be undone');
        return withSession(values, context, async (session) => {
            await session.deleteProfile(login => {
                if (confirm.toLowerCase() !== login.toLowerCase()) {
                    throw new exit_codes/* ExitError */.RS(`refusing to delete: --confirm "${confirm}" is not the login of this session (${login}). ` +
                        `Nothing was deleted`);
                }
            });
            say(context.io, `deleted the Flex Insights profile of ${session.login} (profile ${session.profileId}). ` +
                `This cannot be undone; the session has ended`);
            return exit_codes/* EXIT */.dc.ok;
        });
    }
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/export/batch.ts + 12 modules
var batch = __webpack_require__(364);
// EXTERNAL MODULE: ./src/export/job.ts
var export_job = __webpack_require__(949);
// EXTERNAL MODULE: ./src/export/targets.ts
var targets = __webpack_require__(4640);
// EXTERNAL MODULE: ./src/export/progress.ts
var progress = __webpack_require__(2103);
// EXTERNAL MODULE: ./src/export/report-ref.ts
var report_ref = __webpack_require__(6826);
// EXTERNAL MODULE: ./src/export/summary.ts
var export_summary = __webpack_require__(6146);
;// CONCATENATED MODULE: ./src/cli/export.ts
/**
 * `flex-insights export`: reports to CSV files, with the session's token kept fresh however
 * long the exports take. Everything that can be checked from the arguments is checked before
 * the first request.
 */













const HELP = `Usage: flex-insights export <report>... [-w WS] [-o FILE|-] [-D DIR] [--parallel N]
                            [--date D | --from D --to D | --last N] [--time-zone TZ] [--date-label ID]
                            [--filter LABEL=VALUE]... [--filters FILE] [--split-by day|week|month [--join]]
                            [--name TEMPLATE]
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
                             Only regular files are written: a target that is a link, a folder,
                             a device or a pipe is refused (exit 2), --clobber included
      --date D               only the rows of day D: YYYY-MM-DD, today or yesterday
      --from D --to D        only the rows of the days from D to D, both included
      --last N               only the rows of the N whole days ending yesterday
      --time-zone TZ         the zone today and yesterday are days of (IANA, default UTC, or
                             $FLEX_INSIGHTS_TIME_ZONE); the request names absolute dates
      --date-label ID        the date attribute label the days filter (default
                             date.date.mmddyyyy, or $FLEX_INSIGHTS_DATE_LABEL); looked up once
                             With a date option, files are report-<id>-<from>.csv (one day) or
                             report-<id>-<from>_<to>.csv
      --filter LABEL=VALUE   only rows whose label LABEL (identifier or object id) has the value
                             VALUE (its exact title); repeat it for more values or labels
      --filters FILE         a JSON array of {"uri", "constraint"} sent as the filters as it is
      --split-by day|week|month
                             with a date range: one export per day, week (Monday to Sunday) or
                             month, each its own file named by its days, run --parallel at once
      --join                 with --split-by: one file of all the pieces instead, in date order
                             with one header (every piece's header must be the same); --parallel
                             pieces are computed ahead while one downloads; a failed piece
                             leaves no file
      --name TEMPLATE        file name of each report in -D, from {id}, {from}, {to}, {date} (=
                             {from}) and {workspace}; it must stay a plain file name
      --parallel N           reports exported at once (default 4, 1-16)
      --timeout S            limit per report in seconds (default 1800); on expiry the result's
                             URL is printed so it can be fetched later
      --clobber              overwrite existing files (default: refuse, before any request)
      --fail-on-empty        exit 3 and write no file when a report has no data (default: write
                             an empty file)
${SESSION_HELP}

Files appear only when complete (written to a .part file, then renamed); nothing is left
behind on failure, timeout or interruption (a part file that a kill -9 left is removed by the
next export into that folder). The token is refreshed whenever it is about to
expire, so exports longer than 10 minutes work. Progress goes to stderr every 10 s.

Examples:
  flex-insights export 12345 b08a2c8ca8f4 -w "$WORKSPACE_ID" -D exports
  flex-insights export 12345 --date yesterday --time-zone America/Chicago -D exports
  flex-insights export 12345 --last 7 --filter "label.conversations.queue=Sales EU"
  flex-insights export 12345 --from 2026-11-01 --to 2026-11-30 --split-by day --name 'calls-{date}.csv'
  flex-insights export 12345 --from 2026-01-01 --to 2026-06-30 --split-by week --join -D exports

With several reports every one is attempted and the highest code wins; an existing file
without --clobber is a refused target (2), an unknown identifier a failure (1).
${exit_codes/* EXIT_HELP */.NI}
`;
function jobsOf(values, positionals, io) {
    const { env } = io;
    if (!positionals.length)
        throw new exit_codes/* UsageError */.eb('which report? Give at least one <report>');
    const { workspace, variable } = workspaceOption(values, env);
    const output = values.output;
    if (output !== undefined && positionals.length > 1)
        throw new exit_codes/* UsageError */.eb('-o names one file; for several reports use -D DIR');
    if (output !== undefined && values.dir !== undefined)
        throw new exit_codes/* UsageError */.eb('-o and -D do not go together');
    const target = output === '-'
        ? { stdout: io.stdout }
        : output !== undefined
            ? { file: output }
            : { dir: (0,options/* stringOption */.Pp)(values, 'dir') ?? '.' };
    // A form that names no report is a UsageError (report-ref.ts): exit 2 with the help.
    const refs = positionals.map(input => (0,report_ref/* parseReportRef */.tN)(input, workspace));
    for (const ref of refs) {
        if (!ref.workspace)
            throw new exit_codes/* UsageError */.eb(`${ref.input} needs a workspace: pass -w WORKSPACE (or set $${variable})`);
    }
    const timeoutMs = intOption(values, 'timeout', 1800, 1, 86_400) * 1000;
    const prefix = typeof values.prefix === 'string' ? values.prefix : env_names/* DEFAULT_PREFIX */.Nf;
    const { files, ...shape } = (0,options/* reportShape */.cV)(values, {
        timeZone: env[(0,env_names/* envName */.pD)(prefix, 'TIME_ZONE')],
        dateLabel: env[(0,env_names/* envName */.pD)(prefix, 'DATE_LABEL')],
        now: io.clock.now()
    });
    if ('file' in target && files.length > 1)
        throw new exit_codes/* UsageError */.eb(`-o names one file, but --split-by makes ${files.length} pieces: use -D DIR, or add --join`);
    if ('stdout' in target && files.some(f => f.pieces))
        throw new exit_codes/* UsageError */.eb('--join writes a file (atomically): use -o FILE or -D DIR, not -o -');
    if ('file' in target && shape.name)
        throw new exit_codes/* UsageError */.eb('--name names the files of -D; with -o the file is the one given');
    const window = intOption(values, 'parallel', 4, 1, 16);
    const shared = { target, timeoutMs, maxDownloads: 0, window, ...shape };
    const flags = { clobber: values.clobber === true, failOnEmpty: values['fail-on-empty'] === true };
    return refs.flatMap(ref => files.map(file => ({ ref, ...shared, ...flags, ...file })));
}
/**
 * Targets known from the arguments, before any request: their folder exists (or is made), no
 * file is written twice, and every target is free or a regular file that --clobber replaces.
 */
function checkTargets(jobs, now) {
    const target = jobs[0].target;
    const folder = 'file' in target ? (0,external_node_path_.dirname)(target.file) : 'dir' in target ? target.dir : undefined;
    if (folder !== undefined) {
        (0,targets/* prepareFolder */.G8)(folder, 'file' in target ? '-o' : '-D');
        (0,targets/* removeStaleParts */.oT)(folder, now);
    }
    const seen = new Set();
    for (const job of jobs) {
        const path = job.ref.objectId ? (0,export_job/* targetPath */.Bd)(job.target, job.ref.objectId, job) : undefined;
        if (!path)
            continue;
        if (seen.has(path))
            throw new exit_codes/* UsageError */.eb(`${path} would be written twice: ${job.ref.input} is given more than once, ` +
                'or --name gives two reports or pieces one name');
        seen.add(path);
        (0,targets/* checkTarget */.e$)(path, job.clobber);
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
        const failed = r.exitCode !== 0;
        const text = failed
            ? `report ${id} has no data (HTTP 204); --fail-on-empty: no file was written`
            : `report ${id} has no data (HTTP 204)${r.path ? `: wrote an empty ${r.path}` : ''}`;
        if (inActions(io))
            io.stderr.write(workflowCommand(failed ? 'error' : 'notice', text));
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
        'fail-on-empty': { type: 'boolean' },
        ...options/* FILTER_OPTIONS */.W7
    },
    positionals: true,
    help: HELP,
    async run(values, positionals, context) {
        const jobs = jobsOf(values, positionals, context.io);
        const parallel = intOption(values, 'parallel', 4, 1, 16);
        checkTargets(jobs, context.io.clock.now());
        return withSession(values, context, async (session) => {
            for (const job of jobs)
                job.maxDownloads = session.transport.settings.maxAttempts;
            // On a terminal the progress line updates in place; in a log it is one line per 10 s.
            const tty = context.io.stderr.isTTY === true;
            const show = (line) => void context.io.stderr.write(tty ? `\r\x1b[Kflex-insights: ${line}` : `flex-insights: ${line}\n`);
            const results = await (0,batch/* exportAll */.k)(jobs, session, parallel, { info: m => say(context.io, m), debug: m => context.logger.debug(m) }, show);
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

;// CONCATENATED MODULE: ./src/cli/list.ts
/**
 * `flex-insights workspaces` and `reports`: find the ids `flex-insights export` takes.
 */




/** After the entries that arrived: a listing that is not whole fails, with the reason. */
function finished(incomplete) {
    if (incomplete)
        throw new exit_codes/* ExitError */.RS(`the list above is incomplete: ${incomplete}`);
    return exit_codes/* EXIT */.dc.ok;
}
async function withMetadata(values, context, fn) {
    return withSession(values, context, session => fn(new metadata/* MetadataClient */.Pw(session.api()), session));
}
const workspacesCommand = {
    name: 'workspaces',
    summary: 'list the workspaces (projects) this user can see',
    options: { ...SESSION_OPTIONS, json: { type: 'boolean' } },
    positionals: false,
    help: `Usage: flex-insights workspaces [--json] [--session FILE | --prefix P]

Lists the workspaces (projects) the logged-in user can see: id, state and title. The id is
what -w takes (flex-insights reports, flex-insights export) and the workspace input takes.

  flex-insights workspaces

Options:
      --json                 the server's entries, one JSON object per line (for jq)
${SESSION_HELP}

On a terminal the list is an aligned table; otherwise tab-separated lines. An empty list is a
success; a list the server did not give whole (a paging loop, more entries than it counted) is a
failure, after the entries that did arrive.
${exit_codes/* EXIT_HELP */.NI}
`,
    run: (values, _positionals, context) => withMetadata(values, context, async (metadata, session) => {
        const { items: workspaces, incomplete } = await metadata.workspaces(session.profileId);
        printRows(context.io, ['ID', 'STATE', 'TITLE'], workspaces.map(w => [w.id, w.state ?? '', w.title]), values.json ? workspaces.map(w => w.raw) : undefined);
        return finished(incomplete);
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
    help: `Usage: flex-insights reports -w WS [--search TEXT] [--json] [--session FILE | --prefix P]

Lists the reports of a workspace: object id, global identifier, last update and title. Both
ids are what flex-insights export (and the reports input) accepts.

  flex-insights reports -w "$WORKSPACE_ID" --search agent

Options:
  -w, --workspace WS         the workspace (default: $FLEX_INSIGHTS_WORKSPACE, or $P_WORKSPACE)
      --search TEXT          only reports whose title contains TEXT (any case)
      --json                 the server's entries, one JSON object per line (for jq)
${SESSION_HELP}

On a terminal the list is an aligned table; otherwise tab-separated lines. An empty list is a
success; a list the server did not give whole (a paging loop, more entries than it counted) is a
failure, after the entries that did arrive.
${exit_codes/* EXIT_HELP */.NI}
`,
    run(values, _positionals, context) {
        const { workspace } = workspaceOption(values, context.io.env);
        if (!workspace)
            throw new exit_codes/* UsageError */.eb('which workspace? Pass -w WORKSPACE (list them with: flex-insights workspaces)');
        const search = typeof values.search === 'string' ? values.search.toLowerCase() : undefined;
        return withMetadata(values, context, async (metadata) => {
            const listing = await metadata.reports(workspace);
            const reports = listing.items.filter(r => !search || r.title.toLowerCase().includes(search));
            printRows(context.io, ['ID', 'IDENTIFIER', 'UPDATED', 'TITLE'], reports.map(r => [r.objectId, r.identifier ?? '', r.updated ?? '', r.title]), values.json ? reports.map(r => r.raw) : undefined);
            return finished(listing.incomplete);
        });
    }
};
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
    const cells = rows.map(row => row.map(errors/* printable */.g$));
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

// EXTERNAL MODULE: ./src/api/labels.ts
var api_labels = __webpack_require__(9505);
;// CONCATENATED MODULE: ./src/cli/labels.ts
/**
 * `flex-insights labels` and `values`: find the names `export --filter` and `--date-label` take,
 * the attribute labels of a workspace and the values of one label, listed like the other lists.
 */








const LIST_HELP = `On a terminal the list is an aligned table; otherwise tab-separated lines (line breaks in a
value become spaces; --json keeps them). An empty list is a success.
${exit_codes/* EXIT_HELP */.NI}
`;
function workspaceOf(values, env) {
    const { workspace } = workspaceOption(values, env);
    if (!workspace)
        throw new exit_codes/* UsageError */.eb('which workspace? Pass -w WORKSPACE (list them with: flex-insights workspaces)');
    return workspace;
}
const labels_OPTIONS = {
    ...SESSION_OPTIONS,
    workspace: { type: 'string', short: 'w' },
    json: { type: 'boolean' },
    search: { type: 'string' }
};
const labelsCommand = {
    name: 'labels',
    summary: 'list the attribute labels of a workspace, for --filter and --date-label',
    options: labels_OPTIONS,
    positionals: false,
    help: `Usage: flex-insights labels -w WS [--search TEXT] [--json] [--session FILE | --prefix P]

Lists the attribute labels of a workspace: object id, identifier, title and attribute. The
identifier (or the id) is what export --filter LABEL=VALUE and --date-label take.

  flex-insights labels -w "$WORKSPACE_ID" --search queue

Options:
  -w, --workspace WS         the workspace (default: $FLEX_INSIGHTS_WORKSPACE, or $P_WORKSPACE)
      --search TEXT          only labels whose title or identifier contains TEXT (any case)
      --json                 the server's entries, one JSON object per line (for jq)
${SESSION_HELP}

${LIST_HELP}`,
    run(values, _positionals, context) {
        const workspace = workspaceOf(values, context.io.env);
        const search = typeof values.search === 'string' ? values.search.toLowerCase() : undefined;
        return withSession(values, context, async (session) => {
            const listing = await new api_labels/* LabelClient */.I(session.api()).labels(workspace);
            const labels = listing.items.filter(l => !search || `${l.title} ${l.identifier ?? ''}`.toLowerCase().includes(search));
            printRows(context.io, ['ID', 'IDENTIFIER', 'TITLE', 'ATTRIBUTE'], labels.map(l => [l.uri.split('/').pop(), l.identifier ?? '', l.title, l.attribute ?? '']), values.json ? labels.map(l => l.raw) : undefined);
            return finished(listing.incomplete);
        });
    }
};
const valuesCommand = {
    name: 'values',
    summary: 'list the values of one label (-w WS LABEL), for --filter',
    options: { ...labels_OPTIONS, limit: { type: 'string' } },
    positionals: true,
    help: `Usage: flex-insights values -w WS LABEL [--search TEXT] [--limit N] [--json]
                       [--session FILE | --prefix P]

Lists the values (element titles) of one attribute label, paged: what export
--filter LABEL=VALUE takes as VALUE. LABEL is an identifier or an object id (flex-insights labels).

  flex-insights values -w "$WORKSPACE_ID" label.conversations.queue --search sales

Options:
  -w, --workspace WS         the workspace (default: $FLEX_INSIGHTS_WORKSPACE, or $P_WORKSPACE)
      --search TEXT          only values that contain TEXT (any case; the server searches)
      --limit N              at most N values (default 1000, 1-100000)
      --json                 the server's entries, one JSON object per line (for jq)
${SESSION_HELP}

${LIST_HELP}`,
    run(values, positionals, context) {
        const workspace = workspaceOf(values, context.io.env);
        if (positionals.length !== 1)
            throw new exit_codes/* UsageError */.eb('which label? Give one LABEL (list them with: flex-insights labels)');
        const [label] = positionals;
        if (!(0,metadata/* isIdentifier */._5)(label))
            throw new exit_codes/* UsageError */.eb(`"${(0,errors/* printable */.g$)(label)}" is not a label identifier or object id`);
        const limit = intOption(values, 'limit', 1000, 1, 100_000);
        const search = typeof values.search === 'string' ? values.search : undefined;
        return withSession(values, context, async (session) => {
            const api = session.api();
            const uri = (0,report_ref/* isObjectId */.TS)(label)
                ? (0,report_ref/* objectUri */.WE)(workspace, label)
                : await new metadata/* MetadataClient */.Pw(api).objectUri(workspace, label);
            if (!uri)
                throw new exit_codes/* ExitError */.RS(`workspace ${workspace} has no label ${label}; list its labels with: flex-insights labels`);
            const listing = await new api_labels/* LabelClient */.I(api).values(uri, { search, limit });
            printRows(context.io, ['VALUE'], listing.items.map(v => [v.title]), values.json ? listing.items.map(v => v.raw) : undefined);
            return finished(listing.incomplete);
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
An answer that is not 2xx is a failure (status, server message and request id on stderr).
${exit_codes/* EXIT_HELP */.NI}
`;
function request(values, positionals, io, apiUrl) {
    if (positionals.length !== 1)
        throw new exit_codes/* UsageError */.eb('give exactly one <path>, such as /gdc/account/profile/<id>');
    const path = positionals[0];
    const problem = (0,origin/* pathProblem */.z9)(path);
    if (problem !== undefined || !(0,origin/* urlUnder */.U3)(apiUrl, path)) {
        throw new exit_codes/* UsageError */.eb(`"${(0,errors/* printable */.g$)(path)}" cannot be sent: ${problem ?? 'it leaves the API URL'}. ` +
            'Give a path such as /gdc/md/<workspace>/query/reports, not a URL');
    }
    if (values.data !== undefined && values.input !== undefined)
        throw new exit_codes/* UsageError */.eb('-d and --input do not go together');
    const body = values.data !== undefined || values.input !== undefined;
    const method = ((0,options/* stringOption */.Pp)(values, 'method') ?? (body ? 'POST' : 'GET')).toUpperCase();
    if (!METHODS.includes(method))
        throw new exit_codes/* UsageError */.eb(`-X must be one of ${METHODS.join(', ')}`);
    const headers = {};
    for (const raw of values.header ?? []) {
        const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*([\x20-\x7e\t]*)$/.exec(raw);
        if (!match)
            throw new exit_codes/* UsageError */.eb(`-H "${raw}" is not 'Name: value' (printable characters, one line)`);
        if (RESERVED.has(match[1].toLowerCase()))
            throw new exit_codes/* UsageError */.eb(`-H ${match[1]}: the command sets that header itself`);
        headers[match[1]] = match[2];
    }
    const req = { call: 'api', method, path, headers, once: !IDEMPOTENT.has(method) };
    if (typeof values.data === 'string') {
        try {
            req.body = JSON.parse(values.data);
        }
        catch {
            throw new exit_codes/* UsageError */.eb('-d must be JSON');
        }
    }
    else if (typeof values.input === 'string') {
        req.upload = values.input === '-' ? stdinOnce(io) : () => (0,external_node_fs_.createReadStream)(values.input);
    }
    return req;
}
/** stdin can be read once; it is kept so the request can be sent again after a token refresh. */
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
    help: api_HELP,
    async run(values, positionals, context) {
        return withSession(values, context, async (session) => {
            const req = request(values, positionals, context.io, session.transport.settings.apiUrl);
            const res = await session.api().stream(req);
            if (values.include) {
                const lines = [`HTTP ${res.status}`];
                for (const [name, value] of Object.entries(res.headers)) {
                    // Any header may echo a token (WWW-Authenticate, a debug header): every known secret is cut.
                    const shown = HIDDEN.has(name)
                        ? '(hidden)'
                        : (0,errors/* printable */.g$)(context.secrets.redact(Array.isArray(value) ? value.join(', ') : String(value)));
                    lines.push(`${name}: ${shown}`);
                }
                context.io.stdout.write(`${lines.join('\n')}\n\n`);
            }
            if (res.status < 200 || res.status > 299) {
                const body = await (0,api_body/* readMessage */._8)(res.body);
                throw new exit_codes/* ExitError */.RS((0,errors/* responseError */.U3)('api', { ...res, body }, session.transport.redact).message);
            }
            await (0,promises_.pipeline)(res.body, context.io.stdout, { end: false });
            return exit_codes/* EXIT */.dc.ok;
        });
    }
};

;// CONCATENATED MODULE: ./src/cli/command.ts
/**
 * `flex-insights`: the command the action puts on PATH for later steps. It works from the
 * private session file the main step wrote: tokens that stay valid (refreshed once, whatever
 * the number of parallel callers), report exports, listings and raw API calls.
 *
 * Every command exits by one rule (export/exit-codes.ts). stdout carries only the answer, so
 * `$(flex-insights token)` works.
 */














const COMMANDS = [
    tokenCommand,
    cookieCommand,
    exportCommand,
    workspacesCommand,
    reportsCommand,
    labelsCommand,
    valuesCommand,
    apiCommand,
    logoutCommand,
    deleteProfileCommand
];
const USAGE = `Usage: flex-insights <command> [options]

Commands:
${COMMANDS.map(c => `  ${c.name.padEnd(16)}${c.summary}`).join('\n')}

Every command reads the session of the Flex Insights Auth action that ran earlier in the job
(in a Windows cmd step, write "call flex-insights ..." so that the next lines run):
  --session FILE             session file (default: $FLEX_INSIGHTS_SESSION_FILE)
  --prefix P                 the session of the step with env-prefix P ($P_SESSION_FILE)
  -h, --help                 help for a command, with an example: flex-insights export --help

${exit_codes/* EXIT_HELP */.NI}
`;
async function runCli(argv, io = processIo()) {
    const [name, ...rest] = argv;
    if (!name || name === '-h' || name === '--help' || name === 'help') {
        io[name ? 'stdout' : 'stderr'].write(USAGE);
        return name ? exit_codes/* EXIT */.dc.ok : exit_codes/* EXIT */.dc.usage;
    }
    const command = COMMANDS.find(c => c.name === name);
    if (!command) {
        say(io, `unknown command "${name}"\n\n${USAGE}`);
        return exit_codes/* EXIT */.dc.usage;
    }
    // For redaction only: the main step masked every secret the session file holds.
    const secrets = new api_secrets/* Secrets */.Sb();
    const context = { io, secrets, logger: cliLogger(io) };
    try {
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({ args: rest, options: command.options, allowPositionals: command.positionals, strict: true });
        }
        catch (error) {
            throw new exit_codes/* UsageError */.eb(error.message.replace(/\. To specify a positional.*$/s, ''));
        }
        if (parsed.values.help) {
            io.stdout.write(command.help);
            return exit_codes/* EXIT */.dc.ok;
        }
        return await command.run(parsed.values, parsed.positionals, context);
    }
    catch (error) {
        const known = error instanceof exit_codes/* ExitError */.RS ||
            error instanceof exit_codes/* UsageError */.eb ||
            error instanceof session_file/* SessionFileError */.vB ||
            error instanceof errors/* FlexInsightsError */.FD ||
            error instanceof session_store/* SessionEndedError */.b;
        // Unexpected: the message only, never the stack; and no secret, even in that message.
        const message = error instanceof Error ? error.message : String(error);
        const help = error instanceof exit_codes/* UsageError */.eb ? `\n\n${command.help}` : '';
        say(io, secrets.redact(known ? message : `unexpected error: ${message}`) + help);
        return (0,exit_codes/* exitCodeOf */.FO)(error);
    }
}


/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

};
