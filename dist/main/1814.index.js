export const id = 1814;
export const ids = [1814];
export const modules = {

/***/ 61814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ commandLine),
/* harmony export */   mayBeCommand: () => (/* binding */ mayBeCommand)
/* harmony export */ });
/**
 * Where a command can be: the first line of a comment. Kept apart from the grammar (and its dependencies) so
 * the action can dismiss ordinary comments before loading anything else.
 */
/** The first line that is not blank; null when it is a quote or opens a code block (then nothing is a command). */
function commandLine(body) {
    const lines = body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    const first = lines.find((l) => l.trim() !== '');
    if (first === undefined)
        return null;
    const trimmed = first.trim();
    // Quoted replies (`> /deploy ...`) and code blocks show a command, they don't issue one.
    if (trimmed.startsWith('>') || trimmed.startsWith('```') || trimmed.startsWith('~~~') || /^ {4}|^\t/.test(first))
        return null;
    return trimmed;
}
/**
 * A cheap pre-check before the configuration is even loaded: prefixes are never letters or digits, so a
 * comment whose first line starts with one (most comments) cannot be a command.
 */
function mayBeCommand(body) {
    const line = commandLine(body);
    return line !== null && /^[^\sA-Za-z0-9]/u.test(line);
}


/***/ })

};
