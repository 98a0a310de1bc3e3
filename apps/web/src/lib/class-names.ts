/** Joins the class names that apply, dropping the ones switched off. */
export function classNames(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(" ");
}
