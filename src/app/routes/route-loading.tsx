/**
 * What the page shows inside the layout while the first view's data and code load. At least a
 * screen tall, so the footer stays below the fold: nothing the reader can see moves when the
 * content arrives (no layout shift).
 */
export const RouteLoading = () => (
  <div className="state-page" aria-busy="true" style={{ minHeight: '100vh' }}>
    <p>Loading…</p>
  </div>
);
