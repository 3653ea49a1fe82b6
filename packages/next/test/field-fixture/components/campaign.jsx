import { Interactive } from './interactive.jsx';

/** The same page body for the measured and bare routes, so their costs compare like for like. */
export function Campaign({ id }) {
  return (
    <main style={{ fontFamily: 'sans-serif', maxWidth: 720, margin: '0 auto' }}>
      <h1 style={{ fontSize: 48 }}>Campaign {id}</h1>
      <Interactive />
      <p style={{ fontSize: 20, lineHeight: 1.6 }}>
        {'DomainFlow campaign overview. '.repeat(40)}
      </p>
    </main>
  );
}
