export function Loading() {
  return <p role="status">Loading Permit Desk…</p>;
}
