import { Component, type ReactNode } from "react";
import { Alert } from "../components/ui/alert.tsx";
import { Button } from "../components/ui/button.tsx";
import { commonMessages } from "../lib/i18n/common-messages.ts";
import { useMessages } from "../lib/i18n/messages.ts";

type PageErrorBoundaryState = { failed: boolean };

function PageLoadFailure() {
  const t = useMessages(commonMessages);
  return (
    <Alert tone="error" title={t("pageFailedTitle")}>
      <p>{t("pageFailedAdvice")}</p>
      <Button variant="secondary" onClick={() => window.location.reload()}>
        {t("reload")}
      </Button>
    </Alert>
  );
}

/** A page that cannot load (a chunk lost to a network failure or a new deployment) says so. */
export class PageErrorBoundary extends Component<{ children: ReactNode }, PageErrorBoundaryState> {
  override state: PageErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): PageErrorBoundaryState {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <PageLoadFailure />;
  }
}
