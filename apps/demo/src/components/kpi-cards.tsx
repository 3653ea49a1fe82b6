import type { Kpi } from '@/data/metrics';

/** The dashboard's headline numbers (a server component: no client JavaScript). */
export function KpiCards({ kpis }: { kpis: readonly Kpi[] }) {
  return (
    <section aria-label="Key figures" className="kpi-grid">
      {kpis.map((kpi) => (
        <article key={kpi.label} className="card kpi">
          <h2>{kpi.label}</h2>
          <p className="kpi-value">{kpi.value}</p>
          <p className={kpi.change >= 0 ? 'kpi-change up' : 'kpi-change down'}>
            {kpi.change >= 0 ? '▲' : '▼'} {Math.abs(kpi.change).toFixed(1)}% vs last week
          </p>
        </article>
      ))}
    </section>
  );
}
