export const id = 200;
export const ids = [200];
export const modules = {

/***/ 6055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jq: () => (/* binding */ isProfileId),
/* harmony export */   p1: () => (/* binding */ challengeOf),
/* harmony export */   pt: () => (/* binding */ AccountClient)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(488);
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
    async login(login, password, authMode) {
        const res = await this.transport.request({
            call: 'login',
            method: 'POST',
            path: '/gdc/account/login',
            body: { postUserLogin: { login, password, remember: 0, verify_level: authMode === 'cookie' ? 0 : 2 } }
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
        const ssts = authMode === 'cookie' ? [cookies[_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .SST_COOKIE */ .Q7], bodySst, headerSst] : [bodySst, headerSst, cookies[_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .SST_COOKIE */ .Q7]];
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
    async issueToken(sst, authMode) {
        const res = await this.transport.request({
            call: 'token',
            method: 'GET',
            path: '/gdc/account/token',
            headers: (0,_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .authHeaders */ .Pw)(authMode, { sst })
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
    logout(profileId, sst, tt, authMode) {
        return this.deleteWith('logout', `/gdc/account/login/${profileId}`, profileId, (0,_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .authHeaders */ .Pw)(authMode, { sst, tt }));
    }
    /** DELETE /gdc/account/profile/{id}: irreversible; only the logged-in user's own profile. */
    deleteProfile(profileId, sst, tt, authMode) {
        return this.deleteWith('delete-profile', `/gdc/account/profile/${profileId}`, profileId, (0,_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .authHeaders */ .Pw)(authMode, { sst, tt }));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ watchIdle),
/* harmony export */   Vj: () => (/* binding */ decodeBody),
/* harmony export */   _8: () => (/* binding */ readMessage),
/* harmony export */   ue: () => (/* binding */ compressed),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony export MAX_BODY_BYTES */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4905);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7018);




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
            throw new _retry_js__WEBPACK_IMPORTED_MODULE_3__/* .TransportError */ .wX(`response larger than ${limit} bytes`, 'network', false);
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
        res.destroy(new _failures_js__WEBPACK_IMPORTED_MODULE_2__/* .AttemptTimeoutError */ .d());
    };
    socket.setTimeout(ms);
    socket.on('timeout', onIdle);
    res.once('close', () => {
        socket.setTimeout(0);
        socket.off('timeout', onIdle);
    });
}
/** Whether the answer is compressed in an encoding this client decodes (it asks for gzip and deflate). */
const compressed = (headers) => ['gzip', 'x-gzip', 'deflate'].includes(String(headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase());
/**
 * The body, decoded when the server compressed it. Whatever fails underneath (the socket, the
 * decoder, a timeout) comes out of it as the error `classify` makes of it.
 */
function decodeBody(res, headers, classify) {
    // 256 KiB out per inflate call instead of zlib's 16 KiB: 4096 trips to the thread pool per GiB
    // instead of 65536 (a download that can go by pipeTo inflates in place instead: inflate.ts).
    const decoder = compressed(headers) ? node_zlib__WEBPACK_IMPORTED_MODULE_1___default().createUnzip({ chunkSize: 256 * 1024 }) : undefined;
    const out = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough({ highWaterMark: 1024 * 1024 });
    const fail = (error) => {
        if (!out.destroyed)
            out.destroy(classify(error));
        res.destroy();
    };
    res.on('error', fail);
    // A timeout destroys the response with AttemptTimeoutError; 'aborted' (node:http's) may come first.
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

/***/ 6982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: () => Math.random()
};


/***/ }),

/***/ 3249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ FlexInsightsError),
/* harmony export */   H4: () => (/* binding */ newRequestId),
/* harmony export */   J9: () => (/* binding */ jsonBody),
/* harmony export */   U3: () => (/* binding */ responseError),
/* harmony export */   dF: () => (/* binding */ echoedRequestId),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   zX: () => (/* binding */ lockedOut)
/* harmony export */ });
/* unused harmony exports renderTemplate, quoteServerText, describeErrorBody */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Errors of the Flex Insights API as one readable line: which call failed, the HTTP status, the
 * server's own message and the request id, then what to do about it. Raw bodies, HTML pages
 * and stack traces never reach the message, and server text loses every known secret before it
 * is collapsed or cut (secrets.ts).
 */

// Matching control characters is the point of this expression.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f]+/g;
/**
 * The one rule for showing server text: control characters (terminal escapes, and line breaks
 * that could start a forged workflow command such as ::warning::) become a space. Used by error
 * messages, listings, `flex-insights api --include` and step summaries.
 */
const printable = (text) => text.replace(CONTROL, ' ');
/**
 * Request ids (X-GDC-REQUEST): a fresh id on every request, which the server echoes with a suffix of its own
 * and quotes in error bodies, so Flex Insights Support can find the request.
 */
function newRequestId() {
    return `flex-insights-auth:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('base64url')}`;
}
/** The server's echo of our request id, if it is a plausible one (it is quoted in messages). */
function echoedRequestId(echoed, sent) {
    const value = Array.isArray(echoed) ? echoed[0] : echoed;
    return value && value.length <= 256 && /^[\x21-\x7e]+$/.test(value) ? value : sent;
}
class FlexInsightsError extends Error {
    call;
    details;
    /** What failed, before the call, the details and the hint are added (the message has them all). */
    summary;
    constructor(call, summary, details) {
        super(composeMessage(call, summary, details));
        this.name = 'FlexInsightsError';
        this.call = call;
        this.summary = summary;
        this.details = details;
    }
    /** The same failure, told again with more details (the attempts a download took, say). */
    with(details) {
        return new FlexInsightsError(this.call, this.summary, { ...this.details, ...details });
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
    const clean = printable(redact(text.slice(0, MAX_SCANNED)))
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
/** The JSON object of a 200 answer; a 404 says `notFound`; anything else is the server's error. */
function jsonBody(call, res, notFound, redact) {
    if (res.status === 404)
        throw responseError(call, res, redact, { hint: notFound });
    if (res.status !== 200)
        throw responseError(call, res, redact);
    try {
        const value = JSON.parse(res.body);
        if (value && typeof value === 'object')
            return value;
    }
    catch {
        // reported below
    }
    throw new FlexInsightsError(call, `unexpected response (HTTP ${res.status}): the body is not JSON`, {
        kind: 'protocol',
        requestId: res.requestId
    });
}


/***/ }),

/***/ 4905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ classifyFailure),
/* harmony export */   d: () => (/* binding */ AttemptTimeoutError)
/* harmony export */ });
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7018);
/**
 * What went wrong when a request got no usable answer, as a TransportError: one line that names
 * the host, whether another attempt may help (retry.ts), and what to check.
 */

/** The engine's own timeout (transport.ts, body.ts); classified below. */
class AttemptTimeoutError extends Error {
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
    if (error instanceof _retry_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX)
        return error;
    if (error instanceof AttemptTimeoutError) {
        return new _retry_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX(`no complete response within ${timeoutMs / 1000} s`, 'timeout', true, `${host} did not answer in time; raise request-timeout if the API is just slow`);
    }
    const code = error?.code ?? '';
    if (code.startsWith('Z_') || code === 'ERR_ZLIB') {
        return new _retry_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX(`broken compressed response from ${host}`, 'network', true);
    }
    const text = code
        ? `network error ${code} talking to ${host}`
        : `network error talking to ${host}: ${error?.message ?? String(error)}`;
    if (code === 'ENOTFOUND')
        return new _retry_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX(text, 'network', false, 'Check the api-url input (the host name does not resolve) and any proxy settings');
    if (/CERT|SSL|TLS/i.test(code)) {
        return new _retry_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX(text, 'network', false, 'The TLS certificate was rejected; check api-url and NODE_EXTRA_CA_CERTS for a corporate proxy');
    }
    return new _retry_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX(text, 'network', TRANSIENT_CODES.has(code) || !code, 'Check that the API is reachable from the runner (api-url, https_proxy/no_proxy)');
}


/***/ }),

/***/ 429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ loadHttpClient)
/* harmony export */ });
/* unused harmony export HttpClient */
/** The real @actions/http-client module (undici included), loaded once, on demand. */
function loadHttpClient() {
    return __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 2779));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ OBJECT_URI),
/* harmony export */   Np: () => (/* binding */ isWorkspaceId),
/* harmony export */   Pw: () => (/* binding */ MetadataClient),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   _5: () => (/* binding */ isIdentifier)
/* harmony export */ });
/* unused harmony export MAX_PAGES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _origin_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5612);


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
/** A server value as text, if it is text. */
const text = (value) => (typeof value === 'string' ? value : undefined);
class MetadataClient {
    api;
    constructor(api) {
        this.api = api;
    }
    json(call, res, notFound) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonBody */ .J9)(call, res, notFound, this.api.transport.redact);
    }
    /** The object URI of a global identifier in a workspace, or undefined if it has none there. */
    async objectUri(workspace, identifier) {
        return (await this.objectUris(workspace, [identifier])).get(identifier);
    }
    /** The object URIs of several global identifiers, with one request; those it has none for are left out. */
    async objectUris(workspace, identifiers) {
        const res = await this.api.request({
            call: 'identifiers',
            method: 'POST',
            path: `/gdc/md/${workspace}/identifiers`,
            body: { identifierToUri: identifiers }
        });
        const body = this.json('identifiers', res, `Workspace ${workspace} was not found, or this user cannot see it; list yours with: flex-insights workspaces`);
        const entries = Array.isArray(body.identifiers) ? body.identifiers : [];
        const found = new Map();
        for (const identifier of identifiers) {
            const entry = entries.find(e => e && e.identifier === identifier);
            if (!entry)
                continue;
            const uri = text(entry.uri);
            const match = uri ? OBJECT_URI.exec(uri) : null;
            if (!match || match[1] !== workspace) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlexInsightsError */ .FD('identifiers', `unexpected response: identifier ${identifier} maps to something ` +
                    `that is not an object of workspace ${workspace}`, { kind: 'protocol', requestId: res.requestId });
            }
            found.set(identifier, uri);
        }
        return found;
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 7018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   dd: () => (/* binding */ RetryAfterTooLongError),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
/* unused harmony exports isRetryableStatus, backoffMs */
/** A request that got no usable answer; `retryable` says whether another attempt may help. */
class TransportError extends Error {
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
class RetryAfterTooLongError extends Error {
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
                throw new RetryAfterTooLongError(answer, retryAfter);
            if (n >= settings.maxAttempts)
                return answer;
            events.discard?.(answer);
            waitMs = retryAfter !== undefined ? retryAfter * 1000 : backoffMs(n, clock.random);
            events.retrying(`HTTP ${answer.status}`, waitMs, n + 1);
        }
        catch (error) {
            if (!(error instanceof TransportError))
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sb: () => (/* binding */ Secrets)
/* harmony export */ });
/* unused harmony exports FRAGMENT_LENGTH, redact */
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(488);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ TT_COOKIE),
/* harmony export */   PM: () => (/* binding */ ttCookie),
/* harmony export */   Pw: () => (/* binding */ authHeaders),
/* harmony export */   Q7: () => (/* binding */ SST_COOKIE),
/* harmony export */   rS: () => (/* binding */ parseSetCookies),
/* harmony export */   sg: () => (/* binding */ isToken)
/* harmony export */ });
/**
 * How the two tokens travel (docs/protocol.md, "Tokens on the wire"): the one home of the
 * cookie form, the auth headers of each mode and the rule for what a token may contain.
 * No imports: the command's fast path (dist/cli.cjs) bundles this file.
 */
const TT_COOKIE = 'GDCAuthTT';
const SST_COOKIE = 'GDCAuthSST';
/** The TT as later steps send it: `GDCAuthTT=<TT>`. */
const ttCookie = (tt) => `${TT_COOKIE}=${tt}`;
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
function authHeaders(authMode, tokens) {
    const headers = {};
    const cookies = [];
    if (tokens.sst) {
        if (authMode === 'cookie')
            cookies.push(`${SST_COOKIE}=${tokens.sst}`);
        else
            headers['X-GDC-AuthSST'] = tokens.sst;
    }
    if (tokens.tt) {
        if (authMode === 'header')
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

/***/ 7170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ Transport)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __webpack_require__(9783);
// EXTERNAL MODULE: ./src/api/lazy-http-client.ts
var lazy_http_client = __webpack_require__(429);
;// CONCATENATED MODULE: ./src/api/version.ts
// Kept in sync with package.json by a unit test; a constant avoids bundling package.json.
const VERSION = '1.0.0';
const USER_AGENT = `flex-insights-auth/${VERSION}`;

;// CONCATENATED MODULE: ./src/api/agents.ts
/**
 * Connection pools for one Transport. Without a proxy: plain keep-alive agents, so login and
 * token share a connection. With one (https_proxy / http_proxy minus no_proxy, decided exactly
 * as @actions/http-client decides), its tunnelling agent. @actions/http-client itself is loaded
 * only then (see lazy-http-client.ts): it pulls in undici, start-up time that every step and
 * every refresh by `flex-insights` would otherwise pay (BENCHMARKS.md, "Decisions").
 */





class Agents {
    plain = new Map();
    proxied;
    /** Whether requests to `url` go through a proxy (https_proxy / http_proxy minus no_proxy). */
    usesProxy(url) {
        return !!(0,proxy/* getProxyUrl */.s)(url);
    }
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
var api_body = __webpack_require__(3994);
// EXTERNAL MODULE: ./src/api/failures.ts
var failures = __webpack_require__(4905);
;// CONCATENATED MODULE: ./src/api/node-request.ts
/**
 * One request through node:http(s) and the agent given (agents.ts: pooled, or a proxy's
 * tunnel), for transport.ts. `whole`: request-timeout bounds the attempt from the first byte sent
 * to the last byte read. `idle`: it bounds the wait for the headers, then each pause of the body.
 */




function sendRequest(url, req, limit, timeoutMs) {
    const transport = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    return new Promise((resolve, reject) => {
        const request = transport.request(url, { method: req.method, headers: req.headers, agent: req.agent });
        let response;
        const timer = setTimeout(() => (response ?? request).destroy(new failures/* AttemptTimeoutError */.d()), timeoutMs);
        request.on('error', error => {
            clearTimeout(timer);
            reject(error);
        });
        request.on('response', res => {
            response = res;
            if (limit === 'whole') {
                res.on('close', () => clearTimeout(timer));
            }
            else {
                clearTimeout(timer);
                (0,api_body/* watchIdle */.E)(res, timeoutMs);
            }
            resolve(res);
        });
        if (req.upload)
            req
                .upload()
                .on('error', error => request.destroy(error))
                .pipe(request);
        else
            request.end(req.payload);
    });
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./src/api/engine-socket.ts
/**
 * A connection of the download engine (socket-get.ts), net or tls. Its reads go into buffers
 * that its reader hands out (the `onread` option, which is fixed when the socket is made, so it
 * asks whichever reader has taken the socket). One may be opened ahead of its GET
 * (Transport.preconnect): the TCP and TLS handshakes then overlap the POST that starts an
 * export, instead of delaying the download by their round trips (BENCHMARKS.md, link rows).
 */


/** Holds a response head until a reader takes over (then its buffers, socket-get.ts). */
const FIRST_READ_BYTES = 16 * 1024;
/** An opened connection is taken only this young: servers drop connections that send nothing. */
const SPARE_MS = 10_000;
class EngineSocket {
    url;
    openedAt;
    socket;
    reader;
    /** Something arrived, failed or ended before a GET took the socket: it is no use. */
    spoiled = false;
    first;
    constructor(url, openedAt) {
        this.url = url;
        this.openedAt = openedAt;
        const host = url.hostname.replace(/^\[|\]$/g, '');
        const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
        const onread = {
            buffer: () => this.reader?.buffer() ?? (this.first ??= Buffer.allocUnsafe(FIRST_READ_BYTES)),
            callback: (n, buffer) => {
                if (this.reader)
                    return this.reader.callback(n, buffer);
                this.spoiled = true;
                return false;
            }
        };
        this.socket =
            url.protocol === 'https:'
                ? // onread is a tls.connect option too (Node's tls docs), missing from @types/node's ConnectionOptions.
                    external_node_tls_default().connect({
                        host,
                        port,
                        servername: external_node_net_default().isIP(host) ? undefined : host,
                        ALPNProtocols: ['http/1.1'],
                        ...{ onread }
                    })
                : external_node_net_default().connect({ host, port, onread });
        const spoil = () => {
            if (!this.reader)
                this.spoiled = true;
        };
        this.socket.on('error', spoil);
        this.socket.on('end', spoil);
        this.socket.on('close', spoil);
    }
    /** Whether a GET to `url` at `now` may take this socket. */
    fitFor(url, now) {
        return (!this.reader &&
            !this.spoiled &&
            !this.socket.destroyed &&
            url.origin === this.url.origin &&
            now - this.openedAt <= SPARE_MS);
    }
    /** Hands the socket to `reader`, which from now on gives the buffers and takes what is read. */
    take(reader) {
        this.reader = reader;
        this.socket.ref();
        return this.socket;
    }
}
/** The one connection opened ahead for the next streamed GET (Transport.preconnect). */
class Spare {
    opened;
    /** Opens one to `url`, unless one fit for it is open. */
    open(url, now) {
        if (this.opened?.fitFor(url, now))
            return;
        this.close();
        this.opened = new EngineSocket(url, now);
        // An export that fails before its GET must not keep the process alive for it.
        this.opened.socket.unref();
    }
    /** The opened connection if a GET to `url` may take it now; else it is closed, and none. */
    take(url, now) {
        const opened = this.opened;
        this.opened = undefined;
        if (opened?.fitFor(url, now))
            return opened;
        opened?.socket.destroy();
        return undefined;
    }
    close() {
        this.opened?.socket.destroy();
        this.opened = undefined;
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/api/http1.ts
/**
 * A strict parser of one HTTP/1.1 response (RFC 9112), fed bytes as they arrive in any cuts, for
 * the download engine of socket-get.ts. Strict where leniency has let responses be read two ways:
 * CRLF line ends only, no obs-fold, header names that are tokens, one Content-Length made of
 * digits, never with Transfer-Encoding, and only `chunked` as a transfer coding; chunk sizes in
 * hex (16 digits at most), each chunk followed by CRLF. Body bytes are handed on as views of the
 * buffer they came in: the caller must use them before it reuses that buffer.
 */
/** A response HTTP/1.1 forbids (code HPE_INVALID), or one cut short (ECONNRESET: it may be fetched again). */
class ProtocolError extends Error {
    code;
    constructor(message, code = 'HPE_INVALID') {
        super(message);
        this.code = code;
    }
}
const CR = 0x0d;
const LF = 0x0a;
/** The status line and headers together; more is not a response this client can use. */
const MAX_HEAD = 64 * 1024;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEX = /^[0-9A-Fa-f]{1,16}$/;
class ResponseParser {
    on;
    noBody;
    state = 'head';
    /** Bytes of a line (head, chunk size, trailer) not yet complete. */
    line = Buffer.alloc(0);
    headBytes = 0;
    status = 0;
    headers = {};
    contentLengths = [];
    codings = [];
    left = 0;
    /** `noBody`: the request was HEAD (a body never follows). */
    constructor(on, noBody = false) {
        this.on = on;
        this.noBody = noBody;
    }
    get finished() {
        return this.state === 'done';
    }
    /** Whether the end of the connection ends the body (no length given): then end() is the end. */
    get endsAtClose() {
        return this.state === 'close';
    }
    /** Takes in `bytes`; throws a ProtocolError for what HTTP/1.1 forbids. */
    feed(bytes) {
        let at = 0;
        while (at < bytes.length && this.state !== 'done') {
            if (this.state === 'fixed' || this.state === 'data') {
                const take = Math.min(this.left, bytes.length - at);
                this.on.body(bytes.subarray(at, at + take));
                at += take;
                this.left -= take;
                if (this.left === 0 && this.state === 'fixed')
                    this.finish();
                else if (this.left === 0)
                    this.state = 'data-end';
                continue;
            }
            if (this.state === 'close') {
                this.on.body(bytes.subarray(at));
                return;
            }
            const lf = bytes.indexOf(LF, at);
            const end = lf < 0 ? bytes.length : lf + 1;
            if (this.state === 'head' || this.state === 'trailers') {
                this.headBytes += end - at;
                if (this.headBytes > MAX_HEAD)
                    throw new ProtocolError('the response head is too large');
            }
            this.line = this.line.length ? Buffer.concat([this.line, bytes.subarray(at, end)]) : bytes.subarray(at, end);
            at = end;
            if (this.state !== 'head' && this.state !== 'trailers' && this.line.length > 1024)
                throw new ProtocolError('a chunk size line is too long');
            if (lf < 0) {
                this.line = Buffer.from(this.line); // keep a copy: the caller reuses its buffer
                return;
            }
            const text = this.take();
            this.lineDone(text);
        }
        // Bytes after the end are ignored: the request said Connection: close, and the socket goes.
    }
    /** The connection ended: a body that runs until the close ends here; anything else is cut short. */
    close() {
        if (this.state === 'close')
            this.finish();
        if (this.state !== 'done')
            throw new ProtocolError('the connection closed before the end of the response', 'ECONNRESET');
    }
    /** The line without its CRLF; a bare LF is refused. */
    take() {
        const line = this.line;
        this.line = Buffer.alloc(0);
        if (line.length < 2 || line[line.length - 2] !== CR)
            throw new ProtocolError('a line ends without CRLF');
        const text = line.toString('latin1', 0, line.length - 2);
        // eslint-disable-next-line no-control-regex -- refusing control characters is the point
        if (/[\x00-\x08\x0a-\x1f\x7f]/.test(text))
            throw new ProtocolError('a control character in the response head');
        return text;
    }
    lineDone(text) {
        if (this.state === 'size') {
            const size = text.split(';')[0].replace(/[ \t]+$/, '');
            if (!HEX.test(size))
                throw new ProtocolError(`a bad chunk size "${size.slice(0, 20)}"`);
            this.left = parseInt(size, 16);
            this.state = this.left === 0 ? 'trailers' : 'data';
        }
        else if (this.state === 'data-end') {
            if (text !== '')
                throw new ProtocolError('a chunk is not followed by CRLF');
            this.state = 'size';
        }
        else if (this.state === 'trailers') {
            if (text === '')
                this.finish();
            else
                this.header(text, true);
        }
        else if (this.status === 0)
            this.statusLine(text);
        else if (text === '')
            this.headDone();
        else
            this.header(text, false);
    }
    statusLine(text) {
        const m = /^HTTP\/1\.[01] (\d{3})(?: .*)?$/.exec(text);
        if (!m)
            throw new ProtocolError('not an HTTP/1.1 status line');
        this.status = Number(m[1]);
    }
    header(text, trailer) {
        if (text[0] === ' ' || text[0] === '\t')
            throw new ProtocolError('a folded header line (obs-fold)');
        const colon = text.indexOf(':');
        const name = text.slice(0, colon).toLowerCase();
        if (colon <= 0 || !TOKEN.test(name))
            throw new ProtocolError('a header line without a valid name');
        if (trailer)
            return; // trailers carry nothing this client uses
        const value = text.slice(colon + 1).trim();
        if (name === 'content-length')
            this.contentLengths.push(value);
        if (name === 'transfer-encoding')
            this.codings.push(...value
                .toLowerCase()
                .split(',')
                .map(c => c.trim()));
        const seen = this.headers[name];
        if (name === 'set-cookie')
            this.headers[name] = [...(seen ?? []), value];
        else
            this.headers[name] = seen === undefined ? value : `${seen}, ${value}`;
    }
    headDone() {
        if (this.status >= 100 && this.status < 200) {
            if (this.status === 101)
                throw new ProtocolError('a protocol switch was not asked for');
            this.restartHead(); // an interim answer (100, 103): the real one follows
            return;
        }
        const lengths = this.contentLengths;
        if (lengths.length > 1)
            throw new ProtocolError('more than one Content-Length');
        if (lengths.length && !/^\d{1,15}$/.test(lengths[0]))
            throw new ProtocolError('a Content-Length that is not a number');
        if (this.codings.length && lengths.length)
            throw new ProtocolError('both Transfer-Encoding and Content-Length');
        if (this.codings.length && (this.codings.length !== 1 || this.codings[0] !== 'chunked'))
            throw new ProtocolError(`a transfer coding this client does not take: ${this.codings.join(', ')}`);
        this.on.head({ status: this.status, headers: this.headers });
        if (this.noBody || this.status === 204 || this.status === 304)
            this.finish();
        else if (this.codings.length)
            this.state = 'size';
        else if (lengths.length) {
            this.left = Number(lengths[0]);
            this.state = 'fixed';
            if (this.left === 0)
                this.finish();
        }
        else
            this.state = 'close';
    }
    restartHead() {
        this.status = 0;
        this.headers = {};
        this.contentLengths = [];
        this.codings = [];
    }
    finish() {
        this.state = 'done';
        this.on.end();
    }
}

;// CONCATENATED MODULE: ./src/api/socket-get.ts
/**
 * The download engine: a GET on its own connection (net or tls, Connection: close), read into one
 * reused 1 MiB buffer (the `onread` option) and parsed by http1.ts. node:http hands every read
 * over in a fresh buffer, which is garbage the size of the download; here a download makes none,
 * so memory stays flat with no forced collection, and the CPU per GiB drops (BENCHMARKS.md
 * "Decisions"). transport.ts uses it for streamed GETs that go to the API directly (what it
 * answers: streamed-answer.ts); through a proxy they keep node:http and its tunnelling agent.
 *
 * The body goes one of two ways, chosen by the first use: pipeTo() hands each chunk to a writer
 * as a view of the reused buffer (a file, stdout, the inflater: nothing is copied), or `body` is
 * a Readable of copies (small answers, a writable that may keep what it is given).
 */




/** Reads go into 1 MiB for pipeTo; a stream's copies stay as small as node:http's. */
const SLAB_BYTES = 1024 * 1024;
const SMALL_BYTES = 64 * 1024;
/**
 * GET `url` with `headers`; resolves once the status and headers are in. `timeoutMs` bounds the
 * connection and the wait for the headers, then every pause of the body. `opened`: a connection
 * opened ahead for it (engine-socket.ts), else one is opened now.
 */
function socketGet(url, headers, timeoutMs, opened) {
    const request = [`GET ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, 'Connection: close'];
    for (const [name, value] of Object.entries(headers)) {
        // What node:http refuses too: a line break or NUL would start a header of its own.
        if (/[\r\n\0]/.test(name + value))
            throw new TypeError(`invalid character in the ${name} header`);
        request.push(`${name}: ${value}`);
    }
    let slab;
    const small = Buffer.allocUnsafe(SMALL_BYTES);
    let mode = 'waiting';
    let paused = false;
    let failure;
    let ended = false;
    /** Body bytes that came before the body had a reader: copied, the slab moves on. */
    const early = [];
    let bytes = 0;
    let piped;
    /** Views of the slab a slow writer has yet to take, in order; the socket waits meanwhile. */
    const queued = [];
    let writing = false;
    let headed;
    const body = new external_node_stream_.Readable({
        read() {
            if (mode === 'waiting') {
                mode = 'stream';
                for (const chunk of early.splice(0))
                    body.push(chunk);
                if (failure !== undefined)
                    return void body.destroy(failure);
                if (ended)
                    return void body.push(null);
            }
            if (mode === 'stream')
                resume();
        },
        destroy(error, done) {
            fail(error ?? new Error('aborted'));
            done(error);
        }
    });
    body.on('error', () => undefined); // the reader, or pipeTo's promise, sees the error
    const fail = (error) => {
        // After the end a writer may still be at work: its failure is the transfer's.
        if (failure !== undefined || (ended && !writing))
            return;
        failure = error instanceof Error ? error : new Error('the transfer failed', { cause: error });
        socket.destroy();
        clearTimeout(headTimer);
        headed.reject(failure);
        piped?.reject(failure);
        if (mode === 'stream')
            body.destroy(failure);
    };
    /** Stops reading until the reader catches up: that wait is ours, not the server's, so no timeout runs. */
    const hold = () => {
        paused = true;
        socket.setTimeout(0);
    };
    const resume = () => {
        if (!paused)
            return;
        paused = false;
        socket.setTimeout(timeoutMs);
        socket.resume();
    };
    const parser = new ResponseParser({
        head(head) {
            clearTimeout(headTimer);
            socket.setTimeout(timeoutMs);
            headed.resolve({ ...head, body, pipeTo });
        },
        body(chunk) {
            bytes += chunk.length;
            if (piped)
                hand(chunk);
            else if (mode === 'stream') {
                if (!body.push(Buffer.from(chunk)))
                    hold();
            }
            else {
                early.push(Buffer.from(chunk));
                hold();
            }
        },
        end() {
            ended = true;
            socket.destroy();
            if (mode === 'pipe' && !writing)
                piped?.resolve(bytes);
            else if (mode === 'stream')
                body.push(null);
        }
    });
    /** Gives `chunk` to pipeTo's writer, after the chunks queued for it; a promise holds the rest back. */
    const hand = (chunk) => {
        if (writing)
            return void queued.push(chunk);
        for (let next = chunk; next && failure === undefined; next = queued.shift()) {
            let written;
            try {
                written = piped.write(next);
            }
            catch (error) {
                return fail(error);
            }
            if (written) {
                writing = true;
                hold();
                written.then(() => {
                    writing = false;
                    const after = queued.shift();
                    if (after)
                        hand(after);
                    carryOn();
                }, fail);
                return;
            }
        }
    };
    /** Once the writer holds no chunk: the end of the body, or the next read. */
    const carryOn = () => {
        if (writing || failure !== undefined)
            return;
        if (ended)
            piped?.resolve(bytes);
        else
            resume();
    };
    const pipeTo = (write) => new Promise((resolve, reject) => {
        if (mode !== 'waiting')
            return reject(new Error('the body is read already'));
        mode = 'pipe';
        piped = { write, resolve, reject };
        for (const chunk of early.splice(0))
            hand(chunk);
        if (failure !== undefined)
            reject(failure);
        else
            carryOn();
    });
    const socket = (opened ?? new EngineSocket(url, Date.now())).take({
        buffer: () => (mode === 'pipe' ? (slab ??= Buffer.allocUnsafe(SLAB_BYTES)) : small),
        callback(n, buffer) {
            try {
                parser.feed(Buffer.from(buffer.buffer, buffer.byteOffset, n));
            }
            catch (error) {
                fail(error);
                return false;
            }
            return !paused && failure === undefined;
        }
    });
    const headTimer = setTimeout(() => fail(new failures/* AttemptTimeoutError */.d()), timeoutMs);
    socket.on('timeout', () => fail(new failures/* AttemptTimeoutError */.d()));
    socket.on('error', fail);
    socket.on('end', () => {
        try {
            parser.close();
        }
        catch (error) {
            fail(error);
        }
    });
    socket.on('close', () => {
        if (!ended)
            fail(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    });
    socket.write(`${request.join('\r\n')}\r\n\r\n`);
    return new Promise((resolve, reject) => {
        headed = { resolve, reject };
    });
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/api/inflate.ts
/**
 * gzip and deflate bodies inflated on the calling thread into one reused buffer. A zlib stream
 * hands over every piece it makes in a fresh buffer, garbage the size of the CSV that V8 frees
 * only after ~64 MB of it (a 1 GiB gzip export peaked at 146 MB), and every piece is a round trip
 * to the thread pool that left the main thread idle for 466 of 1024 ms in a profile. Here the
 * pieces are views of one buffer, so memory stays flat and inflation runs as fast as zlib does
 * (BENCHMARKS.md "Decisions").
 *
 * It drives the native handle of a zlib.Unzip the way zlib.inflateSync does inside Node (its
 * writeSync and write state), with the stream's own error reporting. Where a Node lacks them,
 * `Inflater.create` says so and the caller decodes with a zlib stream as before (body.ts).
 */


/** Output per piece: 4096 pieces per GiB; larger pieces measured no faster. */
const PIECE_BYTES = 256 * 1024;
const EMPTY = Buffer.alloc(0);
class Inflater {
    stream;
    handle;
    state;
    out = Buffer.allocUnsafe(PIECE_BYTES);
    constructor(stream, handle, 
    /** [output space left, input left] after each writeSync. */
    state) {
        this.stream = stream;
        this.handle = handle;
        this.state = state;
    }
    static works;
    /** Whether this Node's zlib has what create() needs. */
    static supported() {
        if (Inflater.works === undefined) {
            const probe = Inflater.create();
            probe?.dispose();
            Inflater.works = probe !== undefined;
        }
        return Inflater.works;
    }
    /** A gzip or zlib-deflate decoder (zlib's Unzip, which tells them apart); undefined where Node's zlib differs. */
    static create() {
        const stream = external_node_zlib_default().createUnzip();
        const { _handle: handle, _writeState: state } = stream;
        if (typeof handle?.writeSync !== 'function' || !external_node_util_.types.isUint32Array(state) || state.length < 2) {
            stream.destroy();
            return undefined;
        }
        stream.on('error', () => undefined); // thrown from pieces(); the event itself would go unheard
        return new Inflater(stream, handle, state);
    }
    /**
     * The CSV bytes that `input` inflates to, as views of one buffer: each is valid until the next
     * is asked for. Throws zlib's error (a code Z_…) for a corrupt body.
     */
    *pieces(input) {
        yield* this.run((external_node_zlib_default()).constants.Z_NO_FLUSH, input);
    }
    /** What is left once the body has ended; throws if the body stopped short of its end. */
    *end() {
        yield* this.run((external_node_zlib_default()).constants.Z_FINISH, EMPTY);
        this.stream.destroy();
    }
    /** Stops decoding: frees zlib's memory now rather than at the next collection. */
    dispose() {
        this.stream.destroy();
    }
    *run(flush, input) {
        let offset = 0;
        let left = input.length;
        for (;;) {
            this.handle.writeSync(flush, input, offset, left, this.out, 0, PIECE_BYTES);
            // zlib reports a failure through the stream, which is destroyed with it by the time writeSync returns.
            if (this.stream.errored)
                throw this.stream.errored;
            const space = this.state[0];
            const rest = this.state[1];
            offset += left - rest;
            left = rest;
            if (space < PIECE_BYTES)
                yield this.out.subarray(0, PIECE_BYTES - space);
            // Room left over means zlib has nothing more to give for this input.
            if (space !== 0)
                return;
        }
    }
}

;// CONCATENATED MODULE: ./src/api/streamed-answer.ts


/** `npm run bench` inflates with a zlib stream instead, to show what inflate.ts is worth. */
const inflateStream = () => process.env.FLEX_INSIGHTS_AUTH_INFLATE === 'stream';
/**
 * A SocketResponse as transport.ts answers it: the body decoded on first use (reading it is the
 * other way, chosen only when taken); pipeTo for a body that is uncompressed or that inflate.ts
 * can inflate in place; abort for a deadline. Transfer errors, a corrupt compressed body's
 * included, come out as `failed` makes them; an error of the writer, or the abort's, as is.
 */
function streamedAnswer(res, failed) {
    let own;
    const inflated = (0,api_body/* compressed */.ue)(res.headers);
    const pipeTo = async (write) => {
        const inflater = inflated ? Inflater.create() : undefined;
        let bytes = 0;
        const mine = chunk => {
            bytes += chunk.length;
            try {
                const written = write(chunk);
                if (written) {
                    return written.catch((error) => {
                        own = { error };
                        throw error;
                    });
                }
            }
            catch (error) {
                own = { error };
                throw error;
            }
        };
        try {
            await res.pipeTo(inflater ? chunk => drain(inflater.pieces(chunk), mine) : mine);
            if (inflater)
                await drain(inflater.end(), mine);
            return bytes;
        }
        catch (error) {
            throw own ? own.error : failed(error);
        }
        finally {
            inflater?.dispose();
        }
    };
    let decoded;
    return {
        status: res.status,
        headers: res.headers,
        get body() {
            return (decoded ??= (0,api_body/* decodeBody */.Vj)(res.body, res.headers, failed));
        },
        pipeTo: !inflated || (Inflater.supported() && !inflateStream()) ? pipeTo : undefined,
        abort: error => {
            own ??= { error };
            res.body.destroy(error);
        }
    };
}
/** Hands every piece to `write` in turn, waiting where `write` returns a promise. */
function drain(pieces, write) {
    for (let step = pieces.next(); !step.done; step = pieces.next()) {
        const written = write(step.value);
        if (written)
            return written.then(() => drain(pieces, write));
    }
}

// EXTERNAL MODULE: ./src/api/errors.ts
var errors = __webpack_require__(3249);
;// CONCATENATED MODULE: ./src/api/logger.ts
const silentLogger = { debug: () => undefined, info: () => undefined, warning: () => undefined };

// EXTERNAL MODULE: ./src/api/origin.ts
var origin = __webpack_require__(5612);
// EXTERNAL MODULE: ./src/api/clock.ts
var clock = __webpack_require__(6982);
// EXTERNAL MODULE: ./src/api/retry.ts
var retry = __webpack_require__(7018);
;// CONCATENATED MODULE: ./src/api/transport.ts













/** `npm run bench` turns the socket engine off to compare, and nock-based tests (node:http only). */
const socketOff = () => process.env.FLEX_INSIGHTS_AUTH_SOCKET === 'off';
class Transport {
    settings;
    logger;
    clock;
    redact;
    /** Requests sent, retries included (reported in logs and by the benchmark). */
    requestCount = 0;
    agents = new Agents();
    spare = new Spare();
    constructor(settings, deps = {}) {
        this.settings = settings;
        this.logger = deps.logger ?? silentLogger;
        this.clock = deps.clock ?? clock/* systemClock */.m;
        this.redact = deps.redact ?? (text => text);
    }
    /** Releases pooled sockets so the process can exit at once. */
    close() {
        this.agents.close();
        this.spare.close();
    }
    /**
     * A streamed GET will follow soon (an export's result, after the POST that starts it): opens
     * its connection now, so its handshakes overlap the POST. Kept for SPARE_MS; one at a time.
     */
    preconnect() {
        const url = new URL(this.settings.apiUrl);
        if (!socketOff() && !this.agents.usesProxy(url))
            this.spare.open(url, this.clock.now());
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
            return { ...res, body: await (0,api_body/* readText */.yR)(res.body) };
        });
    }
    /**
     * Like request(), but hands back the answer once its headers arrive, the body streamed; the
     * body then fails if the connection drops or stays idle for request-timeout.
     */
    stream(req) {
        return this.retried(req, (requestId, n) => this.attempt(req, requestId, n, 'idle'));
    }
    async retried(req, attempt) {
        let requestId = '';
        const settings = req.once ? { ...this.settings, maxAttempts: 1 } : this.settings;
        try {
            return await (0,retry/* withRetries */.LH)(settings, this.clock, n => attempt((requestId = (0,errors/* newRequestId */.H4)()), n), {
                retrying: (reason, waitMs, next) => this.logger.info(`Flex Insights ${req.call}: ${reason}, retrying in ` +
                    `${(waitMs / 1000).toFixed(1)} s (attempt ${next}/${settings.maxAttempts})`),
                discard: answer => {
                    if (typeof answer.body !== 'string')
                        answer.body.resume();
                }
            });
        }
        catch (error) {
            if (error instanceof retry/* RetryAfterTooLongError */.dd) {
                const answer = error.answer;
                const body = typeof answer.body === 'string' ? answer.body : await (0,api_body/* readText */.yR)(answer.body, 64 * 1024).catch(() => '');
                throw (0,errors/* lockedOut */.zX)(req.call, { ...answer, body }, error.seconds, this);
            }
            if (!(error instanceof retry/* TransportError */.wX))
                throw error;
            throw this.translated(req, error, requestId);
        }
    }
    /** A transfer failure as the error of its call: what went wrong, where, and whether a retry may help. */
    translated(req, error, requestId) {
        return new errors/* FlexInsightsError */.FD(req.call, error.message, {
            kind: error.kind,
            requestId,
            attempts: error.attempts,
            hint: error.hint,
            retryable: error.retryable
        });
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
        // A streamed GET straight to the API (a download, a poll) reads into one reused buffer.
        const bySocket = limit === 'idle' && req.method === 'GET' && !req.upload && !socketOff() && !this.agents.usesProxy(url);
        const agent = bySocket ? undefined : await this.agents.agentFor(url);
        const started = this.clock.now();
        const shown = `${req.method} ${url.pathname}`;
        const of = req.once ? 1 : this.settings.maxAttempts;
        this.requestCount++;
        try {
            if (!agent)
                return await this.socketAttempt(url, req, headers, { shown, started, n, of, requestId });
            const res = await sendRequest(url, { method: req.method, upload: req.upload, headers, agent, payload }, limit, this.settings.timeoutMs);
            const status = res.statusCode ?? 0;
            const echoed = (0,errors/* echoedRequestId */.dF)(res.headers['x-gdc-request'], requestId);
            this.logger.debug(`${shown} -> HTTP ${status} in ${this.clock.now() - started} ms (attempt ${n}/${of}, request id ${echoed})`);
            return {
                status,
                headers: res.headers,
                // A whole read is retried here (a TransportError); a streamed body is the caller's.
                body: (0,api_body/* decodeBody */.Vj)(res, res.headers, error => limit === 'whole' ? this.classify(error) : this.translated(req, this.classify(error), echoed)),
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
    /** One streamed GET through socket-get.ts: its body as a stream, or, uncompressed, by pipeTo. */
    async socketAttempt(url, req, headers, at) {
        const opened = this.spare.take(url, this.clock.now());
        const res = await socketGet(url, headers, this.settings.timeoutMs, opened).catch((error) => {
            // The server may have dropped the connection opened ahead just as the GET went out: one fresh try.
            if (!opened || error instanceof failures/* AttemptTimeoutError */.d)
                throw error;
            return socketGet(url, headers, this.settings.timeoutMs);
        });
        const echoed = (0,errors/* echoedRequestId */.dF)(res.headers['x-gdc-request'], at.requestId);
        this.logger.debug(`${at.shown} -> HTTP ${res.status} in ${this.clock.now() - at.started} ms ` +
            `(attempt ${at.n}/${at.of}, request id ${echoed})`);
        const failed = (error) => this.translated(req, this.classify(error), echoed);
        // Not spread: that would read the body getter, which chooses the stream over pipeTo.
        return Object.assign(streamedAnswer(res, failed), { requestId: echoed, attempts: at.n });
    }
}


/***/ }),

/***/ 9903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ DATE_LABEL),
/* harmony export */   Mk: () => (/* binding */ dateRange),
/* harmony export */   _g: () => (/* binding */ splitRange),
/* harmony export */   kQ: () => (/* binding */ isTimeZone)
/* harmony export */ });
/* unused harmony exports todayIn, addDays */
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8475);
/**
 * The days an export covers: `--date D`, `--from D --to D` or `--last N`, with D a calendar date
 * (YYYY-MM-DD), `today` or `yesterday`. Relative words are resolved on the client, in the
 * user's time zone, into absolute calendar dates, so the request, the file name and the summary
 * all name the same days. Only Intl: no time-zone database of our own.
 */

/** The date attribute label of a Flex Insights workspace, which --date-label names by default. */
const DATE_LABEL = 'date.date.mmddyyyy';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** Whether `zone` is an IANA time zone this Node knows (`UTC`, `America/Chicago`). */
function isTimeZone(zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return zone.length > 0;
    }
    catch {
        return false;
    }
}
/** The calendar date it is in `timeZone` at `now`. */
function todayIn(timeZone, now) {
    const parts = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit'
    }).formatToParts(new Date(now));
    const part = (type) => parts.find(p => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
}
/** `date` moved by `days` calendar days (no time zone: a calendar date has none). */
function addDays(date, days) {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}
/** A calendar date that exists (2026-02-29 does not), or undefined. */
function calendarDate(text) {
    const match = ISO_DATE.exec(text);
    if (!match)
        return undefined;
    const [y, m, d] = match.slice(1).map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? text : undefined;
}
/** One D of a date option, as a calendar date in `timeZone`. */
function resolveDay(option, text, timeZone, now) {
    const today = todayIn(timeZone, now);
    if (text === 'today')
        return today;
    if (text === 'yesterday')
        return addDays(today, -1);
    const date = calendarDate(text);
    if (!date)
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${option} "${text}" is not a date: give YYYY-MM-DD (a day that exists), today or yesterday`);
    return date;
}
/**
 * The range the date options ask for, or undefined when none is given. Every mistake is a usage
 * error before any request: two kinds of date option at once, `--from` without `--to`, `--to`
 * before `--from`, a day that does not exist, `--last 0`, a time zone that does not exist.
 */
function dateRange(options, now) {
    const { date, from, to, last, timeZone } = options;
    const kinds = [date !== undefined, from !== undefined || to !== undefined, last !== undefined].filter(Boolean);
    if (kinds.length === 0)
        return undefined;
    if (kinds.length > 1)
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('give one of --date, --from/--to and --last, not several');
    if (!isTimeZone(timeZone))
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--time-zone "${timeZone}" is not a time zone: give an IANA name such as UTC or Europe/Berlin`);
    if (date !== undefined) {
        const day = resolveDay('--date', date, timeZone, now);
        return { from: day, to: day };
    }
    if (last !== undefined) {
        if (!/^\d{1,4}$/.test(last) || Number(last) < 1 || Number(last) > 3660)
            throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--last "${last}" must be a whole number of days from 1 to 3660`);
        const yesterday = addDays(todayIn(timeZone, now), -1);
        return { from: addDays(yesterday, 1 - Number(last)), to: yesterday };
    }
    if (from === undefined || to === undefined)
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--from and --to go together: give both');
    const range = { from: resolveDay('--from', from, timeZone, now), to: resolveDay('--to', to, timeZone, now) };
    if (range.to < range.from)
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--to ${range.to} is before --from ${range.from}`);
    return range;
}
/**
 * A range cut into pieces of one day, one week (Monday to Sunday) or one calendar month, the
 * first and last cut at the range's ends; in date order.
 */
function splitRange(range, unit) {
    const pieces = [];
    for (let from = range.from; from <= range.to;) {
        let end;
        if (unit === 'day')
            end = from;
        else if (unit === 'week') {
            const weekday = new Date(`${from}T00:00:00Z`).getUTCDay(); // 0 is Sunday
            end = addDays(from, (7 - weekday) % 7);
        }
        else {
            const [y, m] = from.split('-').map(Number);
            end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
        }
        const to = end < range.to ? end : range.to;
        pieces.push({ from, to });
        from = addDays(to, 1);
    }
    return pieces;
}


/***/ }),

/***/ 8475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   NI: () => (/* binding */ EXIT_HELP),
/* harmony export */   RS: () => (/* binding */ ExitError),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   yi: () => (/* binding */ ExportTimeoutError)
/* harmony export */ });
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _session_session_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9504);
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
/** The report's --timeout passed; the result may still be fetched later from `resultUrl`. */
class ExportTimeoutError extends Error {
    resultUrl;
    constructor(timeoutMs, resultUrl) {
        super(`timed out after ${Math.round(timeoutMs / 1000)} s; the result may still be fetched later from ${resultUrl}`);
        this.resultUrl = resultUrl;
    }
}
/** The code an error earns, whichever command met it. */
function exitCodeOf(error) {
    if (error instanceof UsageError)
        return EXIT.usage;
    if (error instanceof ExportTimeoutError)
        return EXIT.timeout;
    if (error instanceof _session_session_store_js__WEBPACK_IMPORTED_MODULE_1__/* .SessionEndedError */ .b)
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

/***/ 949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ targetPath),
/* harmony export */   Md: () => (/* binding */ fileName),
/* harmony export */   rH: () => (/* binding */ nameProblem)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * What an export is asked to do and what it reports back (shared by the command and the
 * action's reports input).
 */

/**
 * The file a job writes to, once the report's object id is known: `report-<id>.csv`, named by its
 * days when it has a range (`-<from>` for one day, `-<from>_<to>`), or by the --name template.
 */
function targetPath(target, objectId, job) {
    if ('stdout' in target)
        return undefined;
    if ('file' in target)
        return target.file;
    const range = job?.range;
    if (job?.name)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(target.dir, fileName(job.name, { id: objectId, workspace: job.ref.workspace ?? '', range }));
    const days = !range ? '' : range.from === range.to ? `-${range.from}` : `-${range.from}_${range.to}`;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(target.dir, `report-${objectId}${days}.csv`);
}
/** A --name template filled in: `{id}`, `{from}`, `{to}`, `{date}` (= from), `{workspace}`. */
function fileName(template, values) {
    const fields = {
        id: values.id,
        workspace: values.workspace,
        from: values.range?.from ?? '',
        to: values.range?.to ?? '',
        date: values.range?.from ?? ''
    };
    return template.replace(/\{(id|from|to|date|workspace)\}/g, (_, field) => fields[field]);
}
/** Why a --name result is not a plain file name, or undefined when it is. */
function nameProblem(name) {
    // Matching control characters is the point of this expression.
    // eslint-disable-next-line no-control-regex
    if (!name || /[/\\\x00-\x1f\x7f]/.test(name) || name === '.' || name === '..' || name.includes('..'))
        return 'it must be a plain file name (no /, \\, .. or control characters)';
    if (/\{[^}]*\}/.test(name))
        return 'it has an unknown {field}: use {id}, {from}, {to}, {date} or {workspace}';
    return undefined;
}


/***/ }),

/***/ 9076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ stringOption),
/* harmony export */   W7: () => (/* binding */ FILTER_OPTIONS),
/* harmony export */   cV: () => (/* binding */ reportShape)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3249);
/* harmony import */ var _api_metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6463);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9903);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8475);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(949);
/**
 * The options that shape what one report holds, for `flex-insights export` and the lines of the
 * action's `reports` input alike: the days (dates.ts), cut into pieces by --split-by, the filters
 * (filters.ts) and the file name (--name). Everything is checked here, before any request.
 */






const FILTER_OPTIONS = {
    date: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    last: { type: 'string' },
    'time-zone': { type: 'string' },
    'date-label': { type: 'string' },
    filter: { type: 'string', multiple: true },
    filters: { type: 'string' },
    'split-by': { type: 'string' },
    join: { type: 'boolean' },
    name: { type: 'string' }
};
/** A string option's value, if given. */
const stringOption = (values, name) => typeof values[name] === 'string' ? values[name] : undefined;
/** The shape the options of one report (the command's, or a `reports` input line's) ask for. */
function reportShape(values, defaults) {
    const { range, dateLabel } = datesOf(values, defaults);
    return { files: filesOf(values, range), dateLabel, ...filtersOf(values), name: nameOf(values) };
}
/** The days the date options ask for, in the time zone of --time-zone (else the default, else UTC). */
function datesOf(values, defaults) {
    const timeZone = stringOption(values, 'time-zone') ?? (defaults.timeZone || 'UTC');
    const dateLabel = stringOption(values, 'date-label') ?? (defaults.dateLabel || _dates_js__WEBPACK_IMPORTED_MODULE_3__/* .DATE_LABEL */ .IP);
    if (!(0,_api_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .isIdentifier */ ._5)(dateLabel))
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--date-label "${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(dateLabel)}" is not an identifier or an object id`);
    const options = {
        date: stringOption(values, 'date'),
        from: stringOption(values, 'from'),
        to: stringOption(values, 'to'),
        last: stringOption(values, 'last'),
        timeZone
    };
    return { range: (0,_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .dateRange */ .Mk)(options, defaults.now), dateLabel };
}
/** `--filter LABEL=VALUE`s grouped by label, and the constraints of `--filters FILE`. */
function filtersOf(values) {
    const byLabel = new Map();
    for (const raw of values.filter ?? []) {
        const eq = raw.indexOf('=');
        const label = eq > 0 ? raw.slice(0, eq) : '';
        const value = raw.slice(eq + 1);
        if (!(0,_api_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .isIdentifier */ ._5)(label) || !value)
            throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--filter "${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(raw)}" is not LABEL=VALUE (a label identifier or id, then a value)`);
        byLabel.set(label, [...(byLabel.get(label) ?? []), value]);
    }
    const valueFilters = [...byLabel].map(([label, list]) => ({ label, values: [...new Set(list)] }));
    const file = stringOption(values, 'filters');
    return { valueFilters, rawFilters: file === undefined ? [] : readFilters(file) };
}
/** --filters FILE: a JSON array of objects with a label `uri` and a `constraint` object, or a usage error. */
function readFilters(file) {
    let json;
    try {
        json = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        const why = error instanceof SyntaxError ? 'it is not JSON' : (error.code ?? 'unreadable');
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--filters ${file}: ${why}`);
    }
    const shape = /^\/gdc\/md\/[A-Za-z0-9_-]{1,128}\/obj\/\d{1,18}$/;
    const ok = (f) => {
        const o = f;
        return !!o && typeof o.uri === 'string' && shape.test(o.uri) && !!o.constraint && typeof o.constraint === 'object';
    };
    if (!Array.isArray(json) || !json.every(ok))
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--filters ${file}: must be a JSON array of {"uri": "/gdc/md/<workspace>/obj/<id>", "constraint": {...}}`);
    return json;
}
/** The files of a date range cut by --split-by: one per piece, or with --join one of all pieces. */
function filesOf(values, range) {
    const unit = stringOption(values, 'split-by');
    const join = values.join === true;
    if (unit === undefined) {
        if (join)
            throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--join joins the pieces of --split-by: add --split-by day, week or month');
        return [{ range }];
    }
    if (unit !== 'day' && unit !== 'week' && unit !== 'month')
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--split-by must be day, week or month; got "${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(unit)}"`);
    if (!range)
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--split-by needs a date range: --from D --to D, --last N or --date D');
    const pieces = (0,_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .splitRange */ ._g)(range, unit);
    return join ? [{ range, pieces }] : pieces.map(piece => ({ range: piece }));
}
/** --name TEMPLATE, checked: filled in with sample values it must be a plain file name. */
function nameOf(values) {
    const name = stringOption(values, 'name');
    if (name === undefined)
        return undefined;
    const sample = (0,_job_js__WEBPACK_IMPORTED_MODULE_5__/* .fileName */ .Md)(name, { id: '1', workspace: 'w', range: { from: '2026-01-01', to: '2026-01-02' } });
    const problem = (0,_job_js__WEBPACK_IMPORTED_MODULE_5__/* .nameProblem */ .rH)(sample);
    if (problem)
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--name "${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(name)}": ${problem}`);
    return name;
}


/***/ }),

/***/ 6826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TS: () => (/* binding */ isObjectId),
/* harmony export */   WE: () => (/* binding */ objectUri),
/* harmony export */   tN: () => (/* binding */ parseReportRef)
/* harmony export */ });
/* harmony import */ var _api_metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6463);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8475);
/**
 * The forms a report can be named in (docs/protocol.md, "Finding ids"): an object id, an object
 * URI, a global identifier, or an Analytics Portal URL. Parsing needs no request; a global
 * identifier is resolved later, with one.
 */


const OBJECT_ID = /^\d{1,18}$/;
/** A numeric object id (a report's, a label's): `12345`. */
const isObjectId = (value) => OBJECT_ID.test(value);
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
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`"${String(input)}" is not a report: ` +
            'give an object id (12345), an object URI (/gdc/md/<workspace>/obj/12345), ' +
            'a global identifier (b08a2c8ca8f4) or an Analytics Portal URL');
    }
    if (ref.workspace && defaultWorkspace && ref.workspace !== defaultWorkspace) {
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`"${input}" belongs to workspace ${ref.workspace}, not to ${defaultWorkspace}`);
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
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`"${input}" is not a URL`);
    }
    const workspace = /\/gdc\/(?:projects|workspaces|md)\/([^/|?#&]+)/.exec(fragment)?.[1];
    const objects = [...fragment.matchAll(/\/obj\/(\d{1,18})(?!\d)/g)];
    const objectId = objects.at(-1)?.[1];
    if (!(0,_api_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .isWorkspaceId */ .Np)(workspace) || !objectId) {
        throw new _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`"${input}" is not an Analytics Portal URL of a report: it needs /gdc/projects/<workspace> and /obj/<id>`);
    }
    return { input, workspace, objectId };
}
/** The object URI of a parsed reference that carries its object id. */
const objectUri = (workspace, objectId) => `/gdc/md/${workspace}/obj/${objectId}`;


/***/ }),

/***/ 4640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ prepareFolder),
/* harmony export */   Sr: () => (/* binding */ TargetRefusedError),
/* harmony export */   e$: () => (/* binding */ checkTarget),
/* harmony export */   oT: () => (/* binding */ removeStaleParts),
/* harmony export */   uG: () => (/* binding */ fileSystemError)
/* harmony export */ });
/* unused harmony export PART_PATTERN */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _session_lock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3253);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8475);
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

/***/ 7130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ isRunning),
/* harmony export */   k: () => (/* binding */ withLock)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _api_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6982);
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
    const clock = options.clock ?? _api_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .m;
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
            const code = error.code;
            // On Windows a lock being deleted by its holder refuses a new one for a moment (EPERM).
            if (code !== 'EEXIST' && !(process.platform === 'win32' && code === 'EPERM'))
                throw error;
            if (holderIsGone(lock, options.staleMs, clock.now(), alive))
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(lock, { force: true });
            else
                await clock.sleep(POLL_MS);
        }
    }
    try {
        return await fn();
    }
    finally {
        // Retried on Windows while a waiter has the lock open to read its pid.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(lock, { force: true, maxRetries: 5, retryDelay: 20 });
    }
}


/***/ }),

/***/ 8451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ checkRecord)
/* harmony export */ });
/* harmony import */ var _api_account_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6055);
/* harmony import */ var _api_tokens_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(488);
/* harmony import */ var _session_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3527);
/* harmony import */ var _token_times_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4270);
/**
 * The session record, what survives between processes in the session file, and the check every
 * saved record passes before use: anything out of shape would otherwise reach a header or a path.
 */




/** A saved record, field by field: anything out of shape would otherwise reach a header or a path. */
function checkRecord(saved) {
    const r = (saved ?? {});
    const problem = (what) => {
        throw new _session_file_js__WEBPACK_IMPORTED_MODULE_1__/* .SessionFileError */ .vB(`the saved session is not usable: ${what}`);
    };
    if (!(0,_api_account_js__WEBPACK_IMPORTED_MODULE_0__/* .isProfileId */ .jq)(r.profileId))
        problem('its profile id is not letters, digits, - and _');
    if (!(0,_api_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .isToken */ .sg)(r.sst))
        problem('its session token is missing or malformed');
    // `mode` is what files of 1.x called it.
    const authMode = r.authMode ?? r.mode;
    if (authMode !== 'header' && authMode !== 'cookie')
        problem('its auth mode is neither header nor cookie');
    if (typeof r.login !== 'string')
        problem('it has no login');
    const record = {
        profileId: r.profileId,
        sst: r.sst,
        authMode: authMode,
        login: r.login
    };
    const lifetime = Number(r.ttLifetimeMs ?? _token_times_js__WEBPACK_IMPORTED_MODULE_3__/* .TT_LIFETIME_MS */ .uf);
    record.ttLifetimeMs = Number.isFinite(lifetime) && lifetime > 0 ? lifetime : _token_times_js__WEBPACK_IMPORTED_MODULE_3__/* .TT_LIFETIME_MS */ .uf;
    // A bad cached TT is dropped, not fatal: the SST can always issue a new one.
    if ((0,_api_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .isToken */ .sg)(r.tt) && Number.isFinite(r.ttIssuedAt))
        Object.assign(record, { tt: r.tt, ttIssuedAt: r.ttIssuedAt });
    return record;
}


/***/ }),

/***/ 9504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ SessionEndedError),
/* harmony export */   c: () => (/* binding */ SessionStore)
/* harmony export */ });
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3253);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8451);
/* harmony import */ var _session_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3527);



/** The session was logged out or expired: nothing in this file can be used any more. */
class SessionEndedError extends Error {
    constructor() {
        super('the session has ended (logged out or expired); run the Flex Insights Auth action again to log in');
    }
}
class SessionStore {
    path;
    content;
    clock;
    staleMs;
    /** `content` is what the file holds (read), or what it is to hold (written at once). */
    constructor(path, content, clock, staleMs, write = false) {
        this.path = path;
        this.content = content;
        this.clock = clock;
        this.staleMs = staleMs;
        if (write)
            (0,_session_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSessionFile */ .s8)(path, content);
    }
    /** The file as it is now, checked; an ended session is refused. */
    static read(path) {
        const content = (0,_session_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readSessionFile */ .zZ)(path);
        if (content.loggedOut)
            throw new SessionEndedError();
        return content;
    }
    /** What the file held when last read or written. */
    get saved() {
        return this.content;
    }
    /** Reads the file again (another process may have refreshed or ended the session). */
    reload() {
        this.content = SessionStore.read(this.path);
        return this.content;
    }
    /** Writes `record` and `extra` over what the file holds, atomically. */
    write(record, extra = {}) {
        this.content = { ...this.content, ...record, ...extra };
        (0,_session_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSessionFile */ .s8)(this.path, this.content);
    }
    /**
     * Writes a refreshed record and returns the record the file now holds. If the file cannot be
     * replaced (Windows sharing rules, session-file.ts) but already holds a TT at least as new and
     * valid, another process has just refreshed: its TT stands, and that is a success.
     */
    writeRefreshed(record, extra) {
        try {
            this.write(record, extra);
            return record;
        }
        catch (error) {
            let found;
            try {
                found = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .checkRecord */ .E)(this.reload());
            }
            catch {
                throw error;
            }
            if (found.tt && (found.ttIssuedAt ?? 0) >= (record.ttIssuedAt ?? 0))
                return found;
            throw error;
        }
    }
    /** The session is over: every later reader is told so, and the post step has nothing to do. */
    markEnded(record) {
        this.write(record, { loggedOut: true });
    }
    /** Runs `fn` holding the file's lock: one refresh or logout at a time across processes. */
    locked(fn) {
        return (0,_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .withLock */ .k)(this.path, { staleMs: this.staleMs, clock: this.clock }, fn);
    }
}


/***/ }),

/***/ 568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fU: () => (/* reexport */ REVOKE),
  Nn: () => (/* binding */ Session),
  EQ: () => (/* reexport */ session_record/* checkRecord */.E)
});

// EXTERNAL MODULE: ./src/api/account.ts
var account = __webpack_require__(6055);
// EXTERNAL MODULE: ./src/api/errors.ts
var errors = __webpack_require__(3249);
// EXTERNAL MODULE: ./src/api/tokens.ts
var tokens = __webpack_require__(488);
;// CONCATENATED MODULE: ./src/api/authorized.ts
/**
 * Calls that carry the TT (exports, listings, `flex-insights api`): the token comes from a
 * TokenSource, and when the server answers with the TT challenge the source refreshes it (once
 * for any number of parallel callers) and the same request is sent again, once.
 */



class AuthorizedApi {
    transport;
    tokens;
    /** TT challenges answered with a refreshed token (reported in export summaries). */
    refreshes = 0;
    constructor(transport, tokens) {
        this.transport = transport;
        this.tokens = tokens;
    }
    request(req) {
        return this.withToken(req, r => this.transport.request(r), () => undefined);
    }
    /** The answer with its body streamed; a challenged answer's body is drained before the repeat. */
    stream(req) {
        return this.withToken(req, r => this.transport.stream(r), res => res.body.resume());
    }
    async withToken(req, send, discard) {
        const signed = (tt) => ({
            ...req,
            headers: { ...req.headers, ...(0,tokens/* authHeaders */.Pw)(this.tokens.authMode, { tt }) }
        });
        const tt = await this.tokens.token();
        const res = await send(signed(tt));
        if ((0,account/* challengeOf */.p1)(res) !== 'tt')
            return res;
        discard(res);
        this.refreshes++;
        const again = await send(signed(await this.tokens.refresh(tt)));
        if ((0,account/* challengeOf */.p1)(again) === 'tt') {
            discard(again);
            throw new errors/* FlexInsightsError */.FD(req.call, 'HTTP 401', {
                kind: 'unauthorized',
                status: 401,
                requestId: again.requestId,
                hint: 'The server refused a freshly issued token; check that the user may use this API, or log in again'
            });
        }
        return again;
    }
}

// EXTERNAL MODULE: ./src/api/clock.ts
var api_clock = __webpack_require__(6982);
// EXTERNAL MODULE: ./src/api/origin.ts
var origin = __webpack_require__(5612);
// EXTERNAL MODULE: ./src/api/transport.ts + 9 modules
var api_transport = __webpack_require__(7170);
// EXTERNAL MODULE: ./src/session/session-file.ts
var session_file = __webpack_require__(3527);
// EXTERNAL MODULE: ./src/session/session-store.ts
var session_store = __webpack_require__(9504);
;// CONCATENATED MODULE: ./src/session/ending.ts
/**
 * Ending a session on the server: logout, and the deletion of the user's own profile. Only the
 * server's SST challenge counts as "already ended"; every other answer that may leave the SST
 * alive is a failure that says so (docs/protocol.md, "Ending a session"). session.ts holds the
 * SST and runs these under the session file's lock.
 */


/** What to do when a logout may not have worked: the one home of this advice. */
const REVOKE = 'The SST may still be valid for up to two weeks; change the password of this user to revoke it now';
const SESSION_GONE = (error) => error instanceof errors/* FlexInsightsError */.FD && error.kind === 'session-gone';
async function sendLogout(e) {
    const { profileId, sst, authMode } = e.record();
    let res;
    try {
        res = await withFreshToken(e, tt => e.account.logout(profileId, sst, tt, authMode));
    }
    catch (error) {
        return { kind: 'failed', reason: error.message };
    }
    if (res === 'gone' || (0,account/* challengeOf */.p1)(res) === 'sst')
        return { kind: 'already-ended' };
    if (res.status === 204 || res.status === 200)
        return { kind: 'logged-out' };
    const failure = e.account.httpError('logout', res).message;
    if ((0,account/* challengeOf */.p1)(res) === 'tt') {
        return { kind: 'failed', reason: `${failure}: the server refused a freshly issued token`, alive: true };
    }
    if (res.status === 404 || res.status === 400)
        return probe(e, failure);
    return { kind: 'failed', reason: failure };
}
/** Deletes the logged-in user's own profile. Irreversible. */
async function sendDeleteProfile(e) {
    const { profileId, sst, authMode } = e.record();
    const res = await withFreshToken(e, tt => e.account.deleteProfile(profileId, sst, tt, authMode));
    if (res === 'gone' || (0,account/* challengeOf */.p1)(res) === 'sst') {
        throw new errors/* FlexInsightsError */.FD('delete-profile', 'the session has ended', {
            kind: 'session-gone',
            hint: 'Log in again (run the action again) before deleting the profile'
        });
    }
    if (res.status !== 204 && res.status !== 200)
        throw e.account.httpError('delete-profile', res);
}
/** After an ambiguous answer: is the SST still alive? Only the server's challenge says no. */
async function probe(e, failure) {
    try {
        await e.issue();
        return { kind: 'failed', reason: `${failure}, while the session still issues tokens`, alive: true };
    }
    catch (error) {
        if (SESSION_GONE(error))
            return { kind: 'already-ended' };
        return { kind: 'failed', reason: failure };
    }
}
/** An SST+TT call with a fresh TT, sent once more with a new TT on the TT challenge. */
async function withFreshToken(e, send) {
    try {
        const res = await send(e.fresh() ? e.record().tt : await e.issue());
        if ((0,account/* challengeOf */.p1)(res) !== 'tt')
            return res;
        return await send(await e.issue());
    }
    catch (error) {
        if (SESSION_GONE(error))
            return 'gone';
        throw error;
    }
}

// EXTERNAL MODULE: ./src/session/record.ts
var session_record = __webpack_require__(8451);
// EXTERNAL MODULE: ./src/session/token-times.ts
var token_times = __webpack_require__(4270);
;// CONCATENATED MODULE: ./src/session/session.ts
/**
 * A logged-in Flex Insights session: the one object that holds the SST. Made from a login answer,
 * a saved record or the session file (all checked), it keeps its TT fresh, hands out the API and
 * ends the session. Backed by its file (session-store.ts), every refresh and logout happens under
 * the file's lock and is written back; parallel callers in a process share one refresh. The SST
 * flows one way: from the login answer or the file into here, and from here into account calls.
 */














class Session {
    account;
    record;
    clock;
    inflight;
    store;
    masksReachRunner = false;
    constructor(account, record, clock) {
        this.account = account;
        this.record = record;
        this.clock = clock;
    }
    /** The session of a login answer; `sentAt` is when the login request left (the TT's birth). */
    static fromLogin(account, answer, who, clock = api_clock/* systemClock */.m) {
        const record = {
            profileId: answer.profileId,
            sst: answer.sst,
            authMode: who.authMode,
            login: who.login,
            ttLifetimeMs: who.ttLifetimeMs
        };
        if (answer.tt)
            Object.assign(record, { tt: answer.tt, ttIssuedAt: who.sentAt });
        return new Session(account, record, clock);
    }
    /** A saved session, checked: a tampered or corrupt record is refused before any request. */
    static restore(account, saved, clock = api_clock/* systemClock */.m) {
        return new Session(account, (0,session_record/* checkRecord */.E)(saved), clock);
    }
    /**
     * The session of a session file, with its own connection to the file's API URL (checked
     * against the api-url rule, so a tampered file cannot steer the SST elsewhere).
     */
    static open(path, deps) {
        const clock = deps.clock ?? api_clock/* systemClock */.m;
        const content = session_store/* SessionStore */.c.read(path);
        let apiUrl;
        try {
            apiUrl = (0,origin/* normaliseApiUrl */.Al)(content.apiUrl);
        }
        catch (error) {
            if (error instanceof origin/* OriginError */.NH)
                throw new session_file/* SessionFileError */.vB(`refusing to use this session file: its API URL ${error.message}`);
            throw error;
        }
        const settings = (0,session_file/* transportSettings */.ne)(apiUrl, content);
        const record = (0,session_record/* checkRecord */.E)(content);
        const transport = new api_transport/* Transport */.o(settings, { logger: deps.logger, clock, redact: t => deps.secrets.redact(t) });
        const session = new Session(new account/* AccountClient */.pt(transport, deps.secrets), record, clock);
        deps.secrets.add(record.sst, 'sst');
        deps.secrets.add(record.tt, 'tt');
        session.attach(new session_store/* SessionStore */.c(path, content, clock, session.lockStaleMs()), deps.masksReachRunner === true);
        return session;
    }
    get profileId() {
        return this.record.profileId;
    }
    get login() {
        return this.record.login;
    }
    get authMode() {
        return this.record.authMode;
    }
    get transport() {
        return this.account.transport;
    }
    /** Whether the runner has been told to mask the current TT (docs/masking.md). */
    get ttMasked() {
        return this.store?.saved.ttMasked === true;
    }
    /** A copy to save; the caller keeps it private, never prints it. */
    toRecord() {
        return { ...this.record };
    }
    /**
     * Writes the session file (the main step, right after login) and backs the session with it
     * from now on. `settings` are what the command needs to reach the API; every secret of the
     * main step is masked already, so the file's TT counts as masked.
     */
    persist(path, settings) {
        const content = { ...settings, ...this.record, ttMasked: true };
        this.attach(new session_store/* SessionStore */.c(path, content, this.clock, this.lockStaleMs(), true), true);
    }
    /** The TT-authenticated API of this session (exports, listings, `flex-insights api`). */
    api() {
        return new AuthorizedApi(this.transport, this);
    }
    /** Releases pooled connections so the process can exit at once. */
    close() {
        this.transport.close();
    }
    /** The kept TT while it has at least minValidityMs left, else a fresh one. */
    async token(minValidityMs = token_times/* MIN_TT_VALIDITY_MS */.qU) {
        if ((0,token_times/* isTtFresh */.HI)(this.record, this.clock.now(), minValidityMs))
            return this.record.tt;
        return this.refreshed(undefined, minValidityMs);
    }
    /** A TT other than `stale`: another caller's fresh one, or a new one (TokenSource). */
    refresh(stale) {
        return this.refreshed(stale, token_times/* MIN_TT_VALIDITY_MS */.qU);
    }
    /** Records that the runner has now been told to mask `tt`, if it is still the file's TT. */
    async markMasked(tt) {
        const store = this.store;
        if (!store)
            return;
        await store.locked(() => {
            this.reload(store);
            if (this.record.tt === tt)
                store.write(this.record, { ttMasked: true });
            return Promise.resolve();
        });
    }
    /**
     * Ends the session. "already-ended" only when the server says the SST is dead; every other
     * outcome that may leave it alive is "failed" (docs/protocol.md, "Ending a session").
     */
    logout() {
        return this.exclusive(async () => {
            const outcome = await sendLogout(this.ending());
            if (outcome.kind !== 'failed')
                this.store?.markEnded(this.record);
            return outcome;
        });
    }
    /** Deletes the logged-in user's own profile, after `confirm` (given the login) has not thrown. Irreversible. */
    deleteProfile(confirm = () => undefined) {
        return this.exclusive(async () => {
            confirm(this.record.login);
            await sendDeleteProfile(this.ending());
            this.store?.markEnded(this.record);
        });
    }
    /** What ending the session needs: the account, the record as it is now, and new TTs. */
    ending() {
        return {
            account: this.account,
            record: () => this.record,
            fresh: () => (0,token_times/* isTtFresh */.HI)(this.record, this.clock.now(), token_times/* MIN_TT_VALIDITY_MS */.qU),
            issue: () => this.issue()
        };
    }
    attach(store, masksReachRunner) {
        this.store = store;
        this.masksReachRunner = masksReachRunner;
    }
    /** The lock is stale once its holder has had all its attempts and then some. */
    lockStaleMs() {
        const { timeoutMs, maxAttempts } = this.transport.settings;
        return timeoutMs * maxAttempts + 60_000;
    }
    /** Runs `fn` alone: under the file's lock with the file's latest record, or as is without a file. */
    exclusive(fn) {
        const store = this.store;
        if (!store)
            return fn();
        return store.locked(() => {
            this.reload(store);
            return fn();
        });
    }
    reload(store) {
        this.record = (0,session_record/* checkRecord */.E)(store.reload());
    }
    /** One refresh at a time in this process, and under the file's lock across processes. */
    refreshed(stale, minValidityMs) {
        this.inflight ??= this.exclusive(async () => {
            const { tt } = this.record;
            // Another caller may have refreshed while this one waited.
            if (tt && tt !== stale && (0,token_times/* isTtFresh */.HI)(this.record, this.clock.now(), minValidityMs))
                return tt;
            try {
                await this.issue();
            }
            catch (error) {
                if (this.store && error instanceof errors/* FlexInsightsError */.FD && error.kind === 'session-gone') {
                    this.store.markEnded(this.record);
                    throw new session_store/* SessionEndedError */.b();
                }
                throw error;
            }
            if (this.store)
                this.record = this.store.writeRefreshed(this.record, { ttMasked: this.masksReachRunner });
            return this.record.tt;
        }).finally(() => (this.inflight = undefined));
        return this.inflight;
    }
    /** A new TT from the SST, kept. Throws kind `session-gone` if the SST is dead. */
    async issue() {
        const issuedAt = this.clock.now();
        const tt = await this.account.issueToken(this.record.sst, this.record.authMode);
        this.record = { ...this.record, tt, ttIssuedAt: issuedAt };
        return tt;
    }
}


/***/ }),

/***/ 4270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
