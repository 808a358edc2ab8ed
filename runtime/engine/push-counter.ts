/** The counter of pushes LINE accepted in a month (pushes count against the monthly quota). */
export function pushCounterId(now: Date): string {
  return `push-${now.toISOString().slice(0, 7)}`;
}
