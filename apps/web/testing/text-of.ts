/** The words of rendered markup, as a reader meets them: tags as spaces, runs of space as one. */
export const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .replaceAll("&#x27;", "'")
    .trim();
