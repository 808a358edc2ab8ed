import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/api-client';
import type { ImportProblem } from '../../shared/api/contacts-api';

/** Import CSV (admins): the export's columns; nothing is imported when a line is wrong, and each problem names its line and column. */
export function ImportContacts({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation('contacts');
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; problems: ImportProblem[]; ok: boolean } | null>(null);

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      const answer = await api('importContactsCsv', { body: { csv: await file.text() } });
      setResult({
        ok: true,
        problems: [],
        text: answer.created ? t('import.doneWithNew', { count: answer.imported, created: answer.created }) : t('import.done', { count: answer.imported }),
      });
      onImported();
    } catch (e) {
      const problems = e instanceof ApiError ? (e.problems as ImportProblem[]) : [];
      setResult({ ok: false, problems, text: e instanceof ApiError ? e.message : String(e) });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <>
      <button type="button" onClick={() => input.current?.click()} disabled={busy}>
        {busy ? t('import.busy') : t('import.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        aria-label={t('import.file')}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importFile(file);
        }}
      />
      {result ? (
        <div className={`notice contacts-import-result ${result.ok ? '' : 'error'}`} role={result.ok ? 'status' : 'alert'}>
          <p>{result.text}</p>
          {result.problems.length ? (
            <ul>
              {result.problems.map((p) => (
                <li key={`${p.line}-${p.column ?? ''}-${p.message}`}>
                  {p.column
                    ? t('import.problemAtColumn', { line: p.line, column: p.column, message: p.message })
                    : t('import.problemAtLine', { line: p.line, message: p.message })}
                </li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="link" onClick={() => setResult(null)}>
            {t('dismiss')}
          </button>
        </div>
      ) : null}
    </>
  );
}
