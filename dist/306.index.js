export const id = 306;
export const ids = [306];
export const modules = {

/***/ 2306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deleteProfile: () => (/* binding */ deleteProfile),
/* harmony export */   logout: () => (/* binding */ logout),
/* harmony export */   refreshToken: () => (/* binding */ refreshToken)
/* harmony export */ });
/* harmony import */ var _auth_session_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7240);
/* harmony import */ var _flex_insights_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1350);
/* harmony import */ var _http_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7010);
/**
 * The network half of the `flex-insights` command, loaded only when a request is needed so
 * that printing a cached token never pays for the HTTP stack (see BENCHMARKS.md).
 */



async function withSession(record, deps, fn) {
    const http = new _http_session_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpSession */ .Nn({ apiUrl: record.apiUrl, timeoutMs: record.timeoutMs, maxAttempts: record.maxAttempts, maxRetryWaitMs: record.maxRetryWaitMs }, { logger: deps.logger, now: deps.now });
    try {
        return await fn(new _auth_session_js__WEBPACK_IMPORTED_MODULE_0__/* .AuthSession */ .jd(new _flex_insights_client_js__WEBPACK_IMPORTED_MODULE_1__/* .FlexInsightsClient */ .MF(http, deps.mask), record, deps.now));
    }
    finally {
        http.close();
    }
}
/** A new TT; the record is updated in place. */
function refreshToken(record, deps) {
    return withSession(record, deps, s => s.refresh());
}
function logout(record, deps) {
    return withSession(record, deps, s => s.logout());
}
function deleteProfile(record, deps) {
    return withSession(record, deps, s => s.deleteProfile());
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
