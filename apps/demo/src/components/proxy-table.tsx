'use client';
import { useState } from 'react';
import type { ProxyNode, ProxyStatus } from '@/data/proxies';
import { PROXY_STATUSES } from '@/data/proxies';
import { formatInteger } from '@/format';

type Filter = ProxyStatus | 'all';

/** Proxy pool with a status filter and per-row Disable / Enable actions. */
export function ProxyTable({ proxies }: { proxies: readonly ProxyNode[] }) {
  const [filter, setFilter] = useState<Filter>('all');
  const [disabled, setDisabled] = useState<ReadonlySet<string>>(() => new Set());

  const visible = filter === 'all' ? proxies : proxies.filter((p) => p.status === filter);
  const toggle = (id: string) =>
    setDisabled((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section className="card">
      <div className="toolbar">
        <label>
          Status
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="all">all</option>
            {PROXY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </label>
        <p className="muted" aria-live="polite">
          {visible.length} proxies shown, {disabled.size} disabled
        </p>
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">Proxy</th>
            <th scope="col">Region</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Latency
            </th>
            <th scope="col" className="num">
              Requests (1 h)
            </th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((proxy) => {
            const isDisabled = disabled.has(proxy.id);
            return (
              <tr key={proxy.id} className={isDisabled ? 'disabled' : undefined}>
                <th scope="row">
                  {proxy.id}
                  <span className="muted host">{proxy.host}</span>
                </th>
                <td>{proxy.region}</td>
                <td>
                  <span className={`badge ${proxy.status}`}>{isDisabled ? 'disabled' : proxy.status}</span>
                </td>
                <td className="num">{proxy.status === 'offline' ? '—' : `${proxy.latencyMs} ms`}</td>
                <td className="num">{formatInteger(proxy.requests)}</td>
                <td>
                  <button type="button" onClick={() => toggle(proxy.id)}>
                    {isDisabled ? 'Enable' : 'Disable'} {proxy.id}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
