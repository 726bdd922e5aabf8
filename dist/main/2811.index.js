export const id = 2811;
export const ids = [2811,6706];
export const modules = {

/***/ 72811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderValidMarkdown: () => (/* binding */ renderValidMarkdown)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16706);

/** The job summary of a valid configuration: one row per model. */
function renderValidMarkdown(loaded) {
    return [
        `### ✅ modelship.yml is valid`,
        '',
        '| Model | Path | Format |',
        '| --- | --- | --- |',
        ...Object.entries(loaded.config.models).map(([n, m]) => `| ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(n)} | \`${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(m.path)}\` | ${m.format ?? 'detected'} |`),
    ].join('\n');
}


/***/ }),

/***/ 16706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q4: () => (/* binding */ withoutHtml),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
/* unused harmony export tableRow */
/**
 * Markdown for job summaries, pull-request comments and release notes (GitHub-flavoured Markdown).
 * One place decides what makes a table cell safe, so every table escapes the same way.
 */
/**
 * Text for one cell of a GFM table: a `|` would end the cell and a line break the row, so pipes are escaped
 * (GFM unescapes them before the cell's inline content is read, inside code spans too) and line breaks become
 * spaces.
 */
function tableCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ');
}
/** Text that must not open an HTML tag (untrusted text in a comment): `<` becomes `&lt;`, which GitHub shows as `<`. */
function withoutHtml(text) {
    return text.replace(/</g, '&lt;');
}
/** One table row from cells that are already Markdown. */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}


/***/ })

};
