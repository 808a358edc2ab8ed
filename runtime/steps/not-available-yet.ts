/**
 * Steps whose service arrives with the agents release (assignment to people and teams, calls to
 * outside systems). Until then they say so on the run's trace and leave by the port that means
 * "it did not happen", instead of pretending.
 */
export function notAvailableYet(what: string, port: string) {
  return {
    enter: () => ({ port, output: { error: `${what} is not available yet in this version of LineFlow; the run continued by "${port}"` } }),
  };
}
