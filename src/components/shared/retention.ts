/** How long interaction details are kept (the help article: ten days). */
export const INTERACTION_RETENTION_MS = 10 * 24 * 60 * 60 * 1000;

/** `true` when an interaction's details are past the ten-day retention (unparseable dates are not). */
export function isInteractionExpired(date: string, now: number = Date.now()): boolean {
  const time = new Date(date).getTime();
  return Number.isFinite(time) && now - time > INTERACTION_RETENTION_MS;
}
