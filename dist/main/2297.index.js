export const id = 2297;
export const ids = [2297];
export const modules = {

/***/ 12297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHATOPS_UNANSWERED_BUDGET_MS: () => (/* binding */ CHATOPS_UNANSWERED_BUDGET_MS),
/* harmony export */   unansweredBudgetMs: () => (/* binding */ unansweredBudgetMs)
/* harmony export */ });
/** What a command may spend in total waiting on a GitHub that does not answer (docs/chatops.md). */
const CHATOPS_UNANSWERED_BUDGET_MS = 60_000;
/** The budget; MODELSHIP_GITHUB_BUDGET_MS may shorten it (tests), never lengthen it past the documented bound. */
function unansweredBudgetMs(env) {
    const raw = env.MODELSHIP_GITHUB_BUDGET_MS?.trim();
    const n = raw ? Number(raw) : NaN;
    return Number.isFinite(n) && n >= 0 ? Math.min(n, CHATOPS_UNANSWERED_BUDGET_MS) : CHATOPS_UNANSWERED_BUDGET_MS;
}


/***/ })

};
