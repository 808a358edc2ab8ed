import { useEffect } from 'react';
import { workflowSyncApi } from '../api/workflow-sync-api';
import { useDraftSync } from './draft-sync';

/** The server forgets a tab after 30 s without a beat. */
const beatEveryMs = 10_000;

/** This page's tab id (crypto.getRandomValues works on plain http too, unlike randomUUID). */
const tab = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Tells the server this tab has the workflow open, every few seconds and when the tab comes back
 * to the front, and keeps who else has it open in draft-sync (the header shows them).
 */
export function usePresence(workflowId: string, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let gone = false;
    const beat = () =>
      workflowSyncApi.presence(workflowId, tab).then(
        (others) => {
          if (!gone) useDraftSync.setState({ others });
        },
        () => {},
      );
    void beat();
    const timer = setInterval(() => void beat(), beatEveryMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void beat();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      gone = true;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      useDraftSync.setState({ others: [] });
      void workflowSyncApi.presence(workflowId, tab, true).catch(() => {});
    };
  }, [workflowId, enabled]);
}
