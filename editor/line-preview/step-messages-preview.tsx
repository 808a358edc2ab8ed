import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { stepLineMessages } from '../../shared/line-messages/step-line-messages';
import { LineMessagePreview, QuickReplyChips } from './line-message-preview';

/** Placeholders stay as written (`{{contact.displayName}}`): the preview has no run to take values from. */
const asWritten = (template: string) => template;

/** What each request of a step is, by its place: the first is what the step sends; the next is its retry. */
const requestTitles = ['stepPreview.first', 'stepPreview.retry'] as const;

/**
 * The inspector's preview of the LINE messages a step sends, built as the runtime builds them
 * (shared/line-messages), drawn as LINE draws them. Nothing for a step that sends nothing.
 */
export function StepMessagesPreview({ node }: { node: { id: string; type?: string; data: unknown } }) {
  const { t } = useTranslation('testChat');
  const requests = useMemo(() => {
    try {
      return stepLineMessages({ id: node.id, type: node.type ?? '', data: node.data }, asWritten);
    } catch {
      // A form half filled in (a message without its fields yet) builds nothing until it is whole.
      return null;
    }
  }, [node.id, node.type, node.data]);
  if (requests === null)
    return (
      <section className="lp-step-preview" aria-label={t('stepPreview.title')}>
        <h3>{t('stepPreview.title')}</h3>
        <p className="muted">{t('stepPreview.empty')}</p>
      </section>
    );
  if (!requests.length) return null;
  return (
    <section className="lp-step-preview" aria-label={t('stepPreview.title')}>
      <h3>{t('stepPreview.title')}</h3>
      {requests.map((request, r) => {
        const last = request.at(-1)?.message;
        return (
          <div key={r} className="lp-step-request">
            {requests.length > 1 ? (
              <p className="lp-step-request-title">{r < requestTitles.length ? t(requestTitles[r]) : t('stepPreview.request', { n: r + 1 })}</p>
            ) : null}
            <div className="lp-chat">
              {request.map((built, i) => (
                <div key={i} className="bubble from-bot lp-chat-message">
                  <LineMessagePreview message={built.message} />
                </div>
              ))}
            </div>
            {last?.quickReply ? <QuickReplyChips quickReply={last.quickReply} /> : null}
          </div>
        );
      })}
    </section>
  );
}
