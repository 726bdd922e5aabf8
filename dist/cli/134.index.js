export const id = 134;
export const ids = [134];
export const modules = {

/***/ 36134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fileLog: () => (/* binding */ fileLog),
/* harmony export */   silentLog: () => (/* binding */ silentLog),
/* harmony export */   streamLog: () => (/* binding */ streamLog)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

function streamLog(write) {
    return {
        write: (record) => write(`${JSON.stringify({ time: new Date().toISOString(), ...record })}\n`),
        close: async () => undefined,
    };
}
function fileLog(file) {
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file, { flags: 'a' });
    return {
        write: (record) => void stream.write(`${JSON.stringify({ time: new Date().toISOString(), ...record })}\n`),
        close: () => new Promise((resolve) => stream.end(resolve)),
    };
}
const silentLog = { write: () => undefined, close: async () => undefined };


/***/ })

};
