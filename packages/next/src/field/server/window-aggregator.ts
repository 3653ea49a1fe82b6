import type { VitalsBeacon } from '../protocol.js';
import { addToSeries, createSeries, type Series } from './series.js';

/** Options of {@link WindowAggregator}. */
export interface WindowAggregatorOptions {
  /** Window length (ms). */
  windowMs: number;
  /** Most route × metric series per window (count); values for new series beyond it are dropped and counted. */
  maxSeries: number;
  /** Most samples kept per series (count). */
  maxSamples: number;
  now: () => number;
  random: () => number;
}

/** One closed (or open) time window of field data. */
export interface FieldWindow {
  /** Window start and end (ms since epoch). */
  start: number;
  end: number;
  series: Series[];
  /** Values dropped because the window already held `maxSeries` series (count). */
  dropped: number;
}

interface OpenWindow {
  start: number;
  series: Map<string, Series>;
  dropped: number;
}

/**
 * Aggregates beacons per route × metric × time window, with memory bounded by
 * `maxSeries × maxSamples` whatever the traffic. Windows are aligned to the clock (`start % windowMs === 0`).
 */
export class WindowAggregator {
  private open: OpenWindow | undefined;

  constructor(private readonly options: WindowAggregatorOptions) {}

  /** Adds every entry of a validated beacon to the current window; returns the windows this closed. */
  add(beacon: VitalsBeacon): FieldWindow[] {
    const closed = this.rollOver();
    const w = this.current();
    for (const [metric, value, target] of beacon.m) {
      const key = `${beacon.r}\u0000${metric}`;
      let s = w.series.get(key);
      if (!s) {
        if (w.series.size >= this.options.maxSeries) {
          w.dropped += 1;
          continue;
        }
        s = createSeries(beacon.r, metric);
        w.series.set(key, s);
      }
      addToSeries(s, value, target, this.options.maxSamples, this.options.random);
    }
    return closed;
  }

  /** Closes the open window if its time is over; returns it (or nothing). */
  rollOver(): FieldWindow[] {
    if (!this.open) return [];
    if (this.options.now() < this.open.start + this.options.windowMs) return [];
    return this.close();
  }

  /** Closes the open window now, whatever the time (shutdown, tests). */
  close(): FieldWindow[] {
    const w = this.open;
    this.open = undefined;
    if (!w || w.series.size === 0) return [];
    return [{ start: w.start, end: w.start + this.options.windowMs, series: [...w.series.values()], dropped: w.dropped }];
  }

  /** Series held by the open window (count). */
  get seriesCount(): number {
    return this.open?.series.size ?? 0;
  }

  private current(): OpenWindow {
    if (!this.open) {
      const t = this.options.now();
      this.open = { start: t - (t % this.options.windowMs), series: new Map(), dropped: 0 };
    }
    return this.open;
  }
}
