import { Component, type ReactNode } from "react";
import { Alert } from "../components/ui/alert.tsx";
import { Button } from "../components/ui/button.tsx";

type PageErrorBoundaryState = { failed: boolean };

/** A page that cannot load (a chunk lost to a network failure or a new deployment) says so. */
export class PageErrorBoundary extends Component<{ children: ReactNode }, PageErrorBoundaryState> {
  override state: PageErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): PageErrorBoundaryState {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert tone="error" title="This page could not be loaded">
        <p>Check the network connection, then reload the page.</p>
        <Button variant="secondary" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </Alert>
    );
  }
}
