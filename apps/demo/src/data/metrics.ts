import { seededRandom } from './random';

export interface TrafficPoint {
  /** Day label (`Mon`, `Tue`, …). */
  label: string;
  visits: number;
  conversions: number;
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A week of traffic for the given week index (deterministic). */
export function trafficForWeek(week: number): TrafficPoint[] {
  const random = seededRandom(1000 + week);
  return DAYS.map((label) => {
    const visits = Math.round(4000 + random() * 6000);
    return { label, visits, conversions: Math.round(visits * (0.02 + random() * 0.03)) };
  });
}

export interface Kpi {
  label: string;
  value: string;
  /** Change against the previous period (percent). */
  change: number;
}

/** The dashboard's KPI cards. */
export const KPIS: readonly Kpi[] = [
  { label: 'Active campaigns', value: '24', change: 8.3 },
  { label: 'Visits (7 days)', value: '48,210', change: 4.1 },
  { label: 'Conversion rate', value: '3.4%', change: -0.6 },
  { label: 'Spend (7 days)', value: '$12,940', change: 2.2 },
];
