/**
 * Turns a measurement's attribution (free-form, set by producers) into short human lines:
 * `LCP element: img.hero (https://…/hero.jpg)`, `culprit chunks: app/page-1a2b.js +12.0 kB, …`.
 * Known keys get a label; other keys are shown compactly. Arrays show their first 5 items.
 */
export function describeAttribution(attribution: Record<string, unknown> | undefined): string[] {
  if (!attribution) return [];
  const lines: string[] = [];
  for (const [key, value] of Object.entries(attribution)) {
    if (value === undefined || value === null) continue;
    const label = LABELS[key] ?? key;
    lines.push(`${label}: ${typeof value === 'number' ? describeNumber(key, value) : describeValue(value)}`);
  }
  return lines;
}

const LABELS: Record<string, string> = {
  element: 'element',
  lcpElement: 'LCP element',
  url: 'resource',
  target: 'target',
  shiftTarget: 'largest shift target',
  interactionTarget: 'slow interaction target',
  chunks: 'culprit chunks',
  culpritChunks: 'culprit chunks',
  modules: 'modules added',
  packages: 'packages added',
  reason: 'reason',
};

/** Attribution keys holding durations in ms (web-vitals attribution: `waitingDuration`, `elementRenderDelay`, `timeToFirstByte`, …). */
const MS_KEY = /(duration|delay|time|timetofirstbyte|ttfb|start|end)$/i;

/**
 * A number for humans: durations (by key) as whole ms (`2042.899999999965` → `2043 ms`), other numbers
 * with at most 3 significant decimals (`0.0512345` → `0.0512`), integers as they are.
 */
export function describeNumber(key: string, value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (MS_KEY.test(key)) return `${Math.round(value)} ms`;
  if (Number.isInteger(value) || Math.abs(value) >= 100) return String(Math.round(value));
  return String(Number(value.toPrecision(3)));
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) {
    const shown = value.slice(0, 5).map(describeItem);
    return value.length > 5 ? `${shown.join(', ')}, … (${value.length - 5} more)` : shown.join(', ');
  }
  return describeItem(value);
}

function describeItem(item: unknown): string {
  if (typeof item === 'string') return truncate(item);
  if (typeof item === 'number') return describeNumber('', item);
  if (typeof item === 'boolean') return String(item);
  if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    const name = o.name ?? o.file ?? o.id ?? o.selector ?? o.element;
    if (typeof name === 'string') {
      const delta = typeof o.delta === 'number' ? o.delta : typeof o.bytes === 'number' ? o.bytes : undefined;
      return delta === undefined ? truncate(name) : `${truncate(name)} ${delta >= 0 ? '+' : ''}${(delta / 1000).toFixed(1)} kB`;
    }
    return truncate(JSON.stringify(item));
  }
  return String(item);
}

function truncate(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
