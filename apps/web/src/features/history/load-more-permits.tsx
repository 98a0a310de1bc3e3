import { Button } from "../../components/ui/button.tsx";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { historyMessages } from "./messages.ts";

type LoadMorePermitsProps = {
  hasMore: boolean;
  isLoading: boolean;
  onLoadMore: () => void;
};

export function LoadMorePermits({ hasMore, isLoading, onLoadMore }: LoadMorePermitsProps) {
  const t = useMessages(historyMessages);
  const common = useMessages(commonMessages);
  if (!hasMore) {
    return <p className="text-sm text-slate-700">{t("endOfHistory")}</p>;
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
      {isLoading ? common("loadingMore") : common("loadMore")}
    </Button>
  );
}
