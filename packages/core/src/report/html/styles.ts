/** The report's CSS (system fonts, print-friendly, no external resources). */
export const STYLES = `
:root { --fg:#111827; --muted:#6b7280; --line:#e5e7eb; --bad:#b91c1c; --warn:#b45309; --good:#15803d; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); margin: 0 auto; padding: 24px; max-width: 1280px; }
h1 { font-size: 22px; margin: 0 0 8px; } h2 { font-size: 17px; margin: 28px 0 10px; } h3 { font-size: 14px; margin: 0 0 8px; word-break: break-all; }
.badge { display: inline-block; padding: 4px 10px; border-radius: 6px; font-weight: 600; margin: 0 0 8px; }
.badge.pass { background: #dcfce7; color: var(--good); } .badge.fail { background: #fee2e2; color: var(--bad); }
.facts { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 6px 16px; color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
td.route, .route { word-break: break-all; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
.status { font-weight: 600; font-size: 12px; padding: 2px 6px; border-radius: 4px; white-space: nowrap; }
.status.st-regressed, .status.st-over-budget { background: #fee2e2; color: var(--bad); }
.status.st-budget-warning { background: #fef3c7; color: var(--warn); }
.status.st-improved { background: #dcfce7; color: var(--good); }
.status.st-ok, .status.st-new, .status.st-inconclusive { background: #f3f4f6; color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(560px, 1fr)); gap: 16px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px; overflow: hidden; }
.cps { margin: 6px 0 0; padding-left: 18px; color: #9a3412; }
.muted { color: var(--muted); }
.bundle { margin-bottom: 18px; }
.chunks td.file { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; word-break: break-all; width: 38%; }
.chunks td.bar { width: 30%; } .chunks td.bar span { display: block; height: 10px; background: #60a5fa; border-radius: 3px; }
.chunks td.pkgs { color: var(--muted); font-size: 12px; }
.field .sub, .field-table .sub { display: block; color: var(--muted); font-size: 11px; white-space: nowrap; }
.rate-good { color: var(--good); font-weight: 600; } .rate-ni { color: var(--warn); font-weight: 600; } .rate-poor { color: var(--bad); font-weight: 600; }
.shares { display: flex; width: 160px; height: 8px; border-radius: 3px; overflow: hidden; background: var(--line); }
.shares .good { background: #22c55e; } .shares .ni { background: #f59e0b; } .shares .poor { background: #ef4444; }
footer { margin-top: 32px; font-size: 12px; }
@media print { .card { break-inside: avoid; } }
`;
