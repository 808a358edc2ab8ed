import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n';

/** The definitions, shown as help beside the numbers they define (one text, two places). */
const definitionKeys = [
  'firstResponse',
  'firstResponseFromAssignment',
  'resolution',
  'open',
  'percentiles',
  'hours',
  'previous',
  'replyPush',
  'csat',
  'test',
] as const;

/** Read when shown (getters), so each definition is in the language of the moment. */
export const definitions = Object.defineProperties(
  {} as Record<(typeof definitionKeys)[number], string>,
  Object.fromEntries(definitionKeys.map((key) => [key, { enumerable: true, get: () => i18n.t(`reports:definitions.${key}`) }])),
);

/** The letter of the (i) badge: a symbol, the same in every language (the definition is its label). */
const infoGlyph = 'i';

/** An (i) that shows a definition on hover and to screen readers. */
export function InfoTip({ text }: { text: string }) {
  return (
    <span className="info-tip" title={text} aria-label={text} role="note" tabIndex={0}>
      {infoGlyph}
    </span>
  );
}

export function Definitions() {
  const { t } = useTranslation('reports');
  return (
    <details className="report-definitions" open>
      <summary>{t('definitions.title')}</summary>
      <ul>
        {Object.values(definitions).map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </details>
  );
}
