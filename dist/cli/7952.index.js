export const id = 7952;
export const ids = [7952];
export const modules = {

/***/ 47952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderInitText: () => (/* binding */ renderInitText)
/* harmony export */ });
/** The text for people: what was found, what was (or would be) written, and what to run next. */
function renderInitText(result, paint) {
    const lines = [];
    lines.push(paint.bold(`Found ${result.models.length} model(s) in ${result.root}:`));
    for (const m of result.models) {
        const details = [m.format, m.signature ? `${m.signature.inputs.length} input(s) → ${m.signature.outputs.length} output(s)` : undefined, m.card ? `card ${m.card}` : undefined, m.metrics ? `metrics ${m.metrics}` : undefined]
            .filter(Boolean)
            .join(', ');
        lines.push(`  ${m.name}: ${m.path} (${details})`);
        for (const note of m.notes)
            lines.push(paint.dim(`    note: ${note}`));
    }
    lines.push('');
    if (result.dryRun) {
        lines.push(paint.bold('Would write (--dry-run: nothing written):'));
        for (const f of result.files)
            lines.push('', paint.dim(`--- ${f.path} (${f.action})`), f.content.trimEnd());
    }
    else {
        lines.push(paint.bold('Wrote:'));
        for (const f of result.files)
            lines.push(`  ${paint.green(f.action === 'create' ? 'created' : 'replaced')} ${f.path}`);
    }
    if (result.notes.length) {
        lines.push('');
        for (const note of result.notes)
            lines.push(paint.dim(`note: ${note}`));
    }
    lines.push('', paint.bold('Next:'));
    result.next.forEach((cmd, i) => lines.push(`  ${i + 1}. ${cmd}`));
    return lines.join('\n');
}


/***/ })

};
