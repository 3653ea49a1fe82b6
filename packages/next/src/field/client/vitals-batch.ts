import { MAX_ENTRIES, PROTOCOL_VERSION, type BeaconEntry, type VitalsBeacon } from '../protocol.js';

/** Options of {@link createVitalsBatch}. */
export interface VitalsBatchOptions {
  /** Route pattern every entry of this page belongs to. */
  route: string;
  /** Most entries held before new ones are dropped (count). Default and maximum {@link MAX_ENTRIES}. */
  maxEntries?: number;
  /** Called with the JSON body when the batch is flushed. */
  send: (body: string) => void;
}

/** A per-page buffer of metric entries, flushed as one beacon when the page is hidden. */
export interface VitalsBatch {
  /** Adds an entry; a later value for the same metric replaces the earlier one (CLS/INP grow over the page's life). */
  add(entry: BeaconEntry): void;
  /** Sends all buffered entries as one beacon and empties the buffer; no-op when empty. */
  flush(): void;
  /** Number of entries waiting. */
  readonly size: number;
}

/** Creates the capped per-page buffer behind `<PerfgateVitals>`. */
export function createVitalsBatch(options: VitalsBatchOptions): VitalsBatch {
  const cap = Math.max(1, Math.min(options.maxEntries ?? MAX_ENTRIES, MAX_ENTRIES));
  // One slot per metric: web-vitals reports CLS/INP again when they grow; only the latest matters.
  const pending = new Map<string, BeaconEntry>();
  return {
    add(entry) {
      if (!pending.has(entry[0]) && pending.size >= cap) return;
      pending.set(entry[0], entry);
    },
    flush() {
      if (pending.size === 0) return;
      const beacon: VitalsBeacon = { v: PROTOCOL_VERSION, r: options.route, m: [...pending.values()] };
      pending.clear();
      options.send(JSON.stringify(beacon));
    },
    get size() {
      return pending.size;
    },
  };
}
