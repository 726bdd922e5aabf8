export const id = 688;
export const ids = [688];
export const modules = {

/***/ 50688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDriftText: () => (/* binding */ renderDriftText),
/* harmony export */   renderProfileText: () => (/* binding */ renderProfileText)
/* harmony export */ });
const fmt = (x, digits = 4) => (x === null ? '-' : Math.abs(x) >= 1e4 || (x !== 0 && Math.abs(x) < 1e-3) ? x.toExponential(2) : x.toFixed(digits));
function renderDriftText(report) {
    const lines = ['feature            side    type         method         score      p-value    p-adj      threshold  drifted'];
    for (const f of report.features) {
        if (f.method === null) {
            lines.push(`${f.name.padEnd(18)} ${f.side.padEnd(7)} ${f.type.padEnd(12)} skipped: ${f.skipped}`);
            continue;
        }
        lines.push(`${f.name.padEnd(18)} ${f.side.padEnd(7)} ${f.type.padEnd(12)} ${f.method.padEnd(14)} ${fmt(f.score).padEnd(10)} ${fmt(f.pvalue).padEnd(10)} ${fmt(f.pvalue_adjusted).padEnd(10)} ${fmt(f.threshold, 3).padEnd(10)} ${f.drifted ? 'DRIFT' : 'no'}${f.exact ? '' : ` (sketch, ±${fmt(f.error_bound)})`}`);
    }
    lines.push('');
    if (report.prediction.tested > 0)
        lines.push(`prediction drift: ${report.prediction.drifted}/${report.prediction.tested} outputs drifted${report.prediction.drift ? ' — DRIFT' : ''}`);
    lines.push(`${report.drift ? 'DRIFT' : 'no drift'}: ${report.drifted}/${report.tested} input features drifted (share ${report.share.toFixed(3)}, dataset drift at >= ${report.drift_share}; correction ${report.correction})`);
    return lines.join('\n');
}
function renderProfileText(profile, file) {
    const lines = [`rows: ${profile.rows}`, 'feature            side    type         count      missing    min          max          mean'];
    for (const [side, map] of [['input', profile.inputs], ['output', profile.outputs]]) {
        for (const [name, f] of map) {
            const n = f.numeric();
            lines.push(`${name.padEnd(18)} ${side.padEnd(7)} ${f.type.padEnd(12)} ${String(f.count).padEnd(10)} ${String(f.missing).padEnd(10)} ${n ? `${fmt(n.min).padEnd(12)} ${fmt(n.max).padEnd(12)} ${fmt(n.mean)}` : `${f.categories()?.entries().length ?? 0} categories`}`);
        }
    }
    lines.push(file ? `profile written to ${file}` : 'profile not written (use --output FILE)');
    return lines.join('\n');
}


/***/ })

};
