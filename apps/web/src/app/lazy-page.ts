import { type ComponentType, lazy } from "react";

/**
 * A page in its own chunk. `preload` starts the download before the page renders; the page
 * then renders from that same download, and a failed one surfaces in the page's error boundary.
 */
export function lazyPage<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let download: Promise<ComponentType<Props>> | undefined;
  function preload(): Promise<ComponentType<Props>> {
    download ??= load();
    return download;
  }
  const Page = lazy(() => preload().then((component) => ({ default: component })));
  return { Page, preload };
}
