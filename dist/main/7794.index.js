export const id = 7794;
export const ids = [7794];
export const modules = {

/***/ 87794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeBlessing: () => (/* binding */ writeBlessing)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


async function writeBlessing(dir, verdict, gates, now = new Date()) {
    const blessed = verdict === 'pass' ? 1 : 0;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    // BLESSED goes first and comes back last: an interrupted write leaves the model not blessed, never wrongly blessed.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'BLESSED'), { force: true });
    const blessing = { blessed, verdict, gates, createdAt: now.toISOString() };
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `.blessing.json.${process.pid}.tmp`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, `${JSON.stringify(blessing, null, 2)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'blessing.json'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, blessed ? 'NOT_BLESSED' : 'BLESSED'), { force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, blessed ? 'BLESSED' : 'NOT_BLESSED'), '');
    return blessing;
}


/***/ })

};
