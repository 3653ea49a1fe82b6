import { pick, seededRandom } from './random';

export type ProxyStatus = 'online' | 'degraded' | 'offline';

export interface ProxyNode {
  id: string;
  host: string;
  region: string;
  status: ProxyStatus;
  /** Median latency over the last hour (ms). */
  latencyMs: number;
  /** Requests served in the last hour. */
  requests: number;
}

export const PROXY_STATUSES: readonly ProxyStatus[] = ['online', 'degraded', 'offline'];
const REGIONS = ['eu-west', 'eu-central', 'us-east', 'us-west', 'ap-south', 'ap-northeast'];

/** Builds `count` deterministic proxy nodes. */
export function makeProxies(count: number, seed = 11): ProxyNode[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const status = random() < 0.7 ? 'online' : pick(PROXY_STATUSES, random);
    const region = pick(REGIONS, random);
    return {
      id: `px-${String(i + 1).padStart(2, '0')}`,
      host: `${region}-${i + 1}.proxy.domainflow.test`,
      region,
      status,
      latencyMs: status === 'offline' ? 0 : Math.round(12 + random() * (status === 'degraded' ? 900 : 180)),
      requests: status === 'offline' ? 0 : Math.round(random() * 50_000),
    };
  });
}

/** The proxy pool every page shows. */
export const PROXIES: readonly ProxyNode[] = makeProxies(40);
