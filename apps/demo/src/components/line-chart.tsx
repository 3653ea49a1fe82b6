import type { TrafficPoint } from '@/data/metrics';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = 32;

function pathFor(values: number[], max: number): string {
  const step = (WIDTH - PAD * 2) / Math.max(values.length - 1, 1);
  return values
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${(PAD + i * step).toFixed(1)},${(HEIGHT - PAD - (v / max) * (HEIGHT - PAD * 2)).toFixed(1)}`)
    .join(' ');
}

/** A small SVG line chart of visits and conversions (conversions scaled ×20 to share the axis). */
export function LineChart({ points, title }: { points: readonly TrafficPoint[]; title: string }) {
  const visits = points.map((p) => p.visits);
  const conversions = points.map((p) => p.conversions * 20);
  const max = Math.max(...visits, ...conversions, 1);
  const step = (WIDTH - PAD * 2) / Math.max(points.length - 1, 1);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height={HEIGHT} role="img" aria-label={title} className="chart">
      <title>{title}</title>
      <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} className="axis" />
      <path d={pathFor(visits, max)} className="series visits" fill="none" />
      <path d={pathFor(conversions, max)} className="series conversions" fill="none" />
      {points.map((p, i) => (
        <text key={p.label} x={PAD + i * step} y={HEIGHT - 10} textAnchor="middle" className="tick">
          {p.label}
        </text>
      ))}
    </svg>
  );
}
