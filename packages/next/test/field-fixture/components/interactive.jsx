'use client';
import { useEffect, useState } from 'react';

/** A late banner (a layout shift, for CLS) and a button with some work (an interaction, for INP). */
export function Interactive() {
  const [banner, setBanner] = useState(false);
  const [clicks, setClicks] = useState(0);
  useEffect(() => {
    const t = setTimeout(() => setBanner(true), 300);
    return () => clearTimeout(t);
  }, []);
  return (
    <>
      {banner ? <div style={{ height: 120, background: '#fde68a' }}>Late banner</div> : null}
      <button
        id="work"
        onClick={() => {
          const end = performance.now() + 60;
          while (performance.now() < end) {
            // busy work so the interaction has a measurable INP
          }
          setClicks((c) => c + 1);
        }}
      >
        Clicked {clicks}
      </button>
    </>
  );
}
