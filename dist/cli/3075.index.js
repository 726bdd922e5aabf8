export const id = 3075;
export const ids = [3075];
export const modules = {

/***/ 43075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ valuesInOrder),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/**
 * Runs `work` over the items, at most `limit` at a time, and gives each item's outcome in the items' order
 * (whatever order they finish in). Outcomes, not a rejection: the caller decides which failure to report,
 * e.g. the first in order, as a loop one at a time would have.
 */
async function mapLimit(items, limit, work) {
    const outcomes = new Array(items.length);
    let next = 0;
    const lane = async () => {
        while (next < items.length) {
            const i = next++;
            try {
                outcomes[i] = { status: 'fulfilled', value: await work(items[i], i) };
            }
            catch (reason) {
                outcomes[i] = { status: 'rejected', reason };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, lane));
    return outcomes;
}
/** The values of the outcomes, in order; throws the first failure in order. */
function valuesInOrder(outcomes) {
    return outcomes.map((o) => {
        if (o.status === 'rejected')
            throw o.reason;
        return o.value;
    });
}


/***/ })

};
