// The same pages without <PerfgateVitals>: the baseline for the client's main-thread and heap cost.
export default function BareLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
