/** The time now; injected so that tests decide what "now" is. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
