import { useEffect } from 'react';
import { api } from '../../api/api-client';
import { presetRange, todayIn } from '../../reports/report-query';
import { reportsApi } from '../../reports/reports-client';
import { useResults } from './results-store';

/** The company's zone decides what "today" is for the server; asked once while an editor is open, and only when results are turned on. */
let zoneOnce: Promise<string> | null = null;
function companyTimeZone(): Promise<string> {
  zoneOnce ??= api('getBusinessHours').then(
    // The server counts days in the zone of the business hours, and in UTC until they are set.
    ({ businessHours }) => businessHours?.timezone ?? 'UTC',
    () => 'UTC',
  );
  return zoneOnce;
}

/**
 * Loads the workflow's report while results are on, again when the range or version changes. The
 * API client takes no abort signal, so "cancel" means an answer for an older choice (or after the
 * editor closed) is dropped and never shown. Off means no request at all.
 */
export function useWorkflowResults(workflowId: string): void {
  const on = useResults((s) => s.on);
  const range = useResults((s) => s.range);
  const version = useResults((s) => s.version);

  // Another workflow has other versions; leaving the editor turns results off (and forgets the zone, which settings may change).
  useEffect(
    () => () => {
      useResults.getState().reset();
      zoneOnce = null;
    },
    [workflowId],
  );

  useEffect(() => {
    // After a switch of workflow the reset above has run, though this render still saw `on`.
    if (!on || !useResults.getState().on) return;
    let current = true;
    const { settle } = useResults.getState();
    settle('loading');
    companyTimeZone()
      .then((zone) => reportsApi.workflow(workflowId, presetRange({ preset: range, hours: 'calendar' }, todayIn(zone)), version?.toString()))
      .then(
        (report) => current && settle(report),
        (error: unknown) => current && settle(error instanceof Error ? error : new Error(String(error))),
      );
    return () => {
      current = false;
    };
  }, [on, workflowId, range, version]);
}
