/** The parameter of a message that counts something. */
export type Count = { count: number };

/** English: the singular for one alone. */
export const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

/** French: the singular for zero and one. */
export const pluralFr = (count: number, one: string, other: string) => (count < 2 ? one : other);
