export const id = 718;
export const ids = [718];
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
