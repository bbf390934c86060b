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
/* harmony import */ var _auth_session_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1264);
/* harmony import */ var _flex_insights_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1350);
/* harmony import */ var _http_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1477);
/**
 * The network half of the `flex-insights` command, loaded only when a request is needed so
 * that printing a cached token never pays for the HTTP stack (see BENCHMARKS.md).
 */



async function withSession(record, deps, fn) {
    const http = new _http_session_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpSession */ .Nn((0,_http_session_js__WEBPACK_IMPORTED_MODULE_2__/* .settingsOf */ .f5)(record), { logger: deps.logger, now: deps.now });
    try {
        return await fn(new _auth_session_js__WEBPACK_IMPORTED_MODULE_0__/* .AuthSession */ .j(new _flex_insights_client_js__WEBPACK_IMPORTED_MODULE_1__/* .FlexInsightsClient */ .MF(http, deps.mask), record, deps.now));
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


/***/ })

};
