// Corpus: state updates during render and in effects.
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';

interface User {
  id: string;
  name: string;
}

export function ProfileHeader({ user }: { user: User }) {
  const [prevUser, setPrevUser] = useState(user);
  const [editing, setEditing] = useState(false);
  // React's documented "adjusting state when a prop changes" pattern
  if (user.id !== prevUser.id) {
    setPrevUser(user); // look-alike: no-set-state-in-render
    setEditing(false); // look-alike: no-set-state-in-render
  }
  return <h1 onDoubleClick={() => setEditing(true)}>{editing ? 'editing' : user.name}</h1>; // look-alike: no-set-state-in-render
}

export function VisitCounter({ user }: { user: User }) {
  const [visits, setVisits] = useState(0);
  setVisits(visits + 1); // expect: no-set-state-in-render
  return <p>{user.name} visited {visits} times</p>;
}

export function ProfileForm({ user, ready }: { user: User; ready: boolean }) {
  const [state, dispatch] = useReducer((s: { dirty: boolean }, a: { type: 'reset' }) => (a.type === 'reset' ? { dirty: false } : s), { dirty: true });
  const [name, setName] = useState(user.name);
  if (!ready) return null;
  dispatch({ type: 'reset' }); // expect: no-set-state-in-render
  const onChange = (value: string) => setName(value); // look-alike: no-set-state-in-render
  return <input value={name} data-dirty={state.dirty} onChange={(e) => onChange(e.target.value)} />;
}

export function Avatar({ url }: { url: string }) {
  const [loaded, setLoaded] = useState(false);
  const [width, setWidth] = useState(0);
  const [ticks, setTicks] = useState(0);
  const ref = useRef<HTMLImageElement>(null);

  useEffect(() => {
    setWidth(ref.current?.naturalWidth ?? 0); // expect: no-set-state-in-effect-without-deps
  });

  useEffect(() => {
    setLoaded(false); // look-alike: no-set-state-in-effect-without-deps
  }, [url]);

  useEffect(() => {
    if (ticks > 10) setTicks(0); // look-alike: no-set-state-in-effect-without-deps
  });

  useLayoutEffect(() => {
    const onResize = () => setWidth(window.innerWidth); // look-alike: no-set-state-in-effect-without-deps
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  });

  useLayoutEffect(() => {
    setTicks((t) => t + 1); // expect: no-set-state-in-effect-without-deps
  });

  useEffect(() => {
    document.title = `${width}px`; // look-alike: no-set-state-in-effect-without-deps
  });

  return <img ref={ref} src={url} width={width} data-ticks={ticks} onLoad={() => setLoaded(true)} hidden={!loaded} />;
}

export function useOnlineStatus() {
  const [online, setOnline] = useState(true);
  setOnline(navigator.onLine); // expect: no-set-state-in-render
  useEffect(() => {
    const update = () => setOnline(navigator.onLine); // look-alike: no-set-state-in-render
    window.addEventListener('online', update);
    return () => window.removeEventListener('online', update);
  }, []);
  return online;
}

export function Stepper({ steps }: { steps: string[] }) {
  const [index, setIndex] = useState(0);
  if (index >= steps.length) setIndex(0); // look-alike: no-set-state-in-render
  steps.forEach((s, i) => { if (s === 'done') setIndex(i); }); // look-alike: no-set-state-in-render
  return <ol onClick={() => setIndex(index + 1)}>{steps[index]}</ol>;
}
