'use client';
import { useState } from 'react';
import type { Persona } from '@/data/personas';
import { formatPercent } from '@/format';

/** Personas with Archive / Restore actions; archived personas move to their own list. */
export function PersonaList({ personas }: { personas: readonly Persona[] }) {
  const [archived, setArchived] = useState<ReadonlySet<string>>(() => new Set());

  const toggle = (id: string) =>
    setArchived((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const active = personas.filter((p) => !archived.has(p.id));
  const gone = personas.filter((p) => archived.has(p.id));

  return (
    <div className="persona-columns">
      <section aria-labelledby="active-personas" className="card">
        <h2 id="active-personas">Active personas ({active.length})</h2>
        <ul className="persona-list">
          {active.map((persona) => (
            <li key={persona.id} className="persona">
              <div>
                <h3>{persona.name}</h3>
                <p className="muted">
                  {persona.role} · {persona.segment} · {formatPercent(persona.share)} of audience
                </p>
                <p>{persona.goals.join(' · ')}</p>
              </div>
              <button type="button" onClick={() => toggle(persona.id)}>
                Archive {persona.name}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="archived-personas" className="card">
        <h2 id="archived-personas">Archived ({gone.length})</h2>
        {gone.length === 0 ? <p className="muted">Nothing archived.</p> : null}
        <ul className="persona-list">
          {gone.map((persona) => (
            <li key={persona.id} className="persona archived">
              <h3>{persona.name}</h3>
              <button type="button" onClick={() => toggle(persona.id)}>
                Restore {persona.name}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
