/**
 * What the clerk typed into the plate while the form itself was still loading: the page's
 * placeholder keeps it here, and the form takes it over once, when it appears.
 */
let typedAhead = "";

export function rememberTypedAheadPlate(text: string): void {
  typedAhead = text;
}

export function takeTypedAheadPlate(): string {
  const text = typedAhead;
  typedAhead = "";
  return text;
}
