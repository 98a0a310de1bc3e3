import { Button } from "../../../components/ui/button.tsx";

type LoadMorePermitsProps = {
  hasMore: boolean;
  isLoading: boolean;
  onLoadMore: () => void;
};

export function LoadMorePermits({ hasMore, isLoading, onLoadMore }: LoadMorePermitsProps) {
  if (!hasMore) {
    return <p className="text-sm text-slate-700">End of the history for these filters.</p>;
  }
  // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
  return (
    <Button
      variant="secondary"
      aria-disabled={isLoading || undefined}
      onClick={() => {
        if (!isLoading) onLoadMore();
      }}
    >
      {isLoading ? "Loading more…" : "Load more"}
    </Button>
  );
}
