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
    lines.push(`${label}: ${describeValue(value)}`);
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

function describeValue(value: unknown): string {
  if (Array.isArray(value)) {
    const shown = value.slice(0, 5).map(describeItem);
    return value.length > 5 ? `${shown.join(', ')}, … (${value.length - 5} more)` : shown.join(', ');
  }
  return describeItem(value);
}

function describeItem(item: unknown): string {
  if (typeof item === 'string') return truncate(item);
  if (typeof item === 'number' || typeof item === 'boolean') return String(item);
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
