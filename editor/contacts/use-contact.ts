import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api/api-client';
import { i18n } from '../i18n/i18n';
import type { ResponseOf } from '../../shared/api/api-client';

export type ContactDetail = ResponseOf<'getContact'>;

/**
 * One contact with its conversations. `change` sends an edit, which the server applies through the
 * contact's queue (202, a moment later): the page reads the contact again until `applied` says the
 * change is there, so what is shown is what was saved.
 */
export function useContact(contactId: string) {
  const [detail, setDetail] = useState<ContactDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const reload = useCallback(
    () =>
      api('getContact', { params: { id: contactId } }).then(
        (answer) => {
          setDetail(answer);
          setError(null);
          return answer;
        },
        (e: unknown) => {
          setError(e instanceof ApiError ? e.message : String(e));
          return null;
        },
      ),
    [contactId],
  );
  useEffect(() => void reload(), [reload]);

  const change = async (send: () => Promise<unknown>, applied: (detail: ContactDetail) => boolean): Promise<boolean> => {
    setSaving(true);
    try {
      await send();
      for (let tries = 0; tries < 40; tries++) {
        const fresh = await reload();
        if (fresh && applied(fresh)) return true;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      setError(i18n.t('contacts:notShownYet'));
      return false;
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...e.problems.map((p) => p.message)].filter((v, i, all) => all.indexOf(v) === i).join(' — ') : String(e));
      return false;
    } finally {
      setSaving(false);
    }
  };

  return { detail, error, saving, reload, change, clearError: () => setError(null) };
}
