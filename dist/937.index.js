export const id = 937;
export const ids = [937];
export const modules = {

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


/***/ })

};
