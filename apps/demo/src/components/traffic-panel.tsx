'use client';
import { useState } from 'react';
import { trafficForWeek } from '@/data/metrics';
import { formatInteger } from '@/format';
import { LineChart } from './line-chart';

/** Weekly traffic chart with a Refresh button that loads the next week of (local) data. */
export function TrafficPanel() {
  const [week, setWeek] = useState(0);
  const points = trafficForWeek(week);
  const total = points.reduce((sum, p) => sum + p.visits, 0);
  return (
    <section className="card" aria-labelledby="traffic-title">
      <header className="card-header">
        <h2 id="traffic-title">Traffic, week {week + 1}</h2>
        <button type="button" onClick={() => setWeek((w) => w + 1)}>
          Refresh
        </button>
      </header>
      <p className="muted" aria-live="polite">
        {formatInteger(total)} visits this week
      </p>
      <LineChart points={points} title={`Visits and conversions, week ${week + 1}`} />
      <p className="legend">
        <span className="swatch visits" /> Visits <span className="swatch conversions" /> Conversions ×20
      </p>
    </section>
  );
}
