/** `2,345 ms`, `0.132`, `1.2 MB`. */
export function formatValue(value, unit) {
    if (unit === 'ms')
        return `${Math.round(value).toLocaleString('en-US')} ms`;
    if (unit === 'bytes') {
        const abs = Math.abs(value);
        if (abs >= 1024 * 1024)
            return `${(value / 1024 / 1024).toFixed(2)} MiB`;
        if (abs >= 1024)
            return `${(value / 1024).toFixed(1)} KiB`;
        return `${Math.round(value)} B`;
    }
    return value.toFixed(3);
}
const KEYS = ['target', 'element', 'largestShiftTarget', 'interactionTarget', 'interactionType', 'url', 'longestTasks', 'largest'];
/** The most telling part of an attribution, on one line (≤ 160 characters). */
export function attributionLine(attribution) {
    if (!attribution)
        return '';
    const parts = [];
    for (const k of KEYS) {
        const v = attribution[k];
        if (v === undefined || v === null || v === '')
            continue;
        parts.push(`${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
    }
    const line = parts.join(' ');
    return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
/** A plain text table with padded columns. */
export function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
//# sourceMappingURL=format.js.map