import { type ComponentType, lazy } from "react";

/**
 * A part of a screen in a chunk of its own that the screen can do without: a chunk that cannot
 * be downloaded draws nothing, rather than failing the page around it.
 */
export function lazyPart<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const nothing: ComponentType<Props> = () => null;
  return lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: nothing }),
    ),
  );
}
