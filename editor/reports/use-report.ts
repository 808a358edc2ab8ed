import { useEffect, useEffectEvent, useState } from 'react';
import { ApiError } from '../api/api-client';

export interface ReportState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * Loads a report again whenever `key` (the filters, serialized) changes. An answer for filters
 * that are no longer chosen is dropped, so a slow old request never overwrites a newer one.
 */
export function useReport<T>(load: () => Promise<T>, key: string): ReportState<T> {
  const [state, setState] = useState<{ key: string | null; data: T | null; error: string | null }>({ key: null, data: null, error: null });
  const loadNow = useEffectEvent(load);
  useEffect(() => {
    let current = true;
    loadNow().then(
      (data) => current && setState({ key, data, error: null }),
      (e: unknown) => current && setState({ key, data: null, error: e instanceof ApiError ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return { data: state.data, error: state.error, loading: state.key !== key };
}
