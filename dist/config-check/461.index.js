export const id = 461;
export const ids = [461];
export const modules = {

/***/ 5842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderValidMarkdown: () => (/* binding */ renderValidMarkdown)
});

;// CONCATENATED MODULE: ./src/core/markdown.ts
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

;// CONCATENATED MODULE: ./src/config-check/render.ts

/** The job summary of a valid configuration: one row per model. */
function renderValidMarkdown(loaded) {
    return [
        `### ✅ modelship.yml is valid`,
        '',
        '| Model | Path | Format |',
        '| --- | --- | --- |',
        ...Object.entries(loaded.config.models).map(([n, m]) => `| ${tableCell(n)} | \`${tableCell(m.path)}\` | ${m.format ?? 'detected'} |`),
    ].join('\n');
}


/***/ })

};
