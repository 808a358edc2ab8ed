import { useTranslation } from 'react-i18next';
import { actionLabel, actionSummary } from './action-summary';
import { colorOf } from './flex-scale';
import { PreviewImage } from './preview-image';
import { textOf } from './text-of';

type Node = Record<string, unknown>;

const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]).filter((v) => v && typeof v === 'object') : []);

/** A template's action as LINE draws it: a full-width row of blue text, a line above it. */
function ActionRow({ action }: { action: unknown }) {
  return (
    <button type="button" className="lp-template-action" title={actionSummary(action)}>
      {actionLabel(action)}
    </button>
  );
}

interface Look {
  /** `rectangle` (1.51:1, the default) or `square`. */
  imageAspectRatio?: unknown;
  /** `cover` (the default) or `contain`. */
  imageSize?: unknown;
}

/** One buttons card, alone (buttons template) or as a column of a carousel template. */
function ButtonsCard({ column, look }: { column: Node; look: Look }) {
  const { t } = useTranslation('testChat');
  const ratio = look.imageAspectRatio === 'square' ? '1 / 1' : '1.51 / 1';
  return (
    <div className="lp-template-card" role="group" aria-label={textOf(column.title, textOf(column.text, t('template.buttons')))}>
      {column.thumbnailImageUrl ? (
        <div
          className="lp-template-thumb"
          style={{ aspectRatio: ratio, backgroundColor: colorOf(column.imageBackgroundColor) ?? '#ffffff' }}
          title={column.defaultAction ? actionSummary(column.defaultAction) : undefined}
        >
          <PreviewImage src={column.thumbnailImageUrl} className={look.imageSize === 'contain' ? 'lp-fit' : 'lp-cover'} />
        </div>
      ) : null}
      <div className="lp-template-body">
        {column.title ? <strong className="lp-template-title">{textOf(column.title)}</strong> : null}
        <p className={column.title ? 'lp-template-text lp-muted' : 'lp-template-text'}>{textOf(column.text)}</p>
      </div>
      {list(column.actions).map((action, i) => (
        <ActionRow key={i} action={action} />
      ))}
    </div>
  );
}

/**
 * A template message: buttons (thumbnail, title, text, up to 4 actions), confirm (text and two
 * actions side by side), carousel (buttons cards to scroll) and image_carousel (square images,
 * each with its action's label).
 */
export function TemplateMessage({ template, altText }: { template: unknown; altText?: unknown }) {
  const { t } = useTranslation('testChat');
  const tpl = (template ?? {}) as Node & Look;
  const title = typeof altText === 'string' ? altText : undefined;
  switch (tpl.type) {
    case 'buttons':
      return (
        <div className="lp-bare lp-template" title={title}>
          <ButtonsCard column={tpl} look={tpl} />
        </div>
      );
    case 'confirm':
      return (
        <div className="lp-bare lp-template" title={title}>
          <div className="lp-template-card lp-confirm" role="group" aria-label={textOf(tpl.text, t('template.confirm'))}>
            <p className="lp-template-text lp-confirm-text">{textOf(tpl.text)}</p>
            <div className="lp-confirm-actions">
              {list(tpl.actions).map((action, i) => (
                <ActionRow key={i} action={action} />
              ))}
            </div>
          </div>
        </div>
      );
    case 'carousel':
      return (
        <div className="lp-bare lp-carousel" role="group" aria-label={t('template.carousel', { count: list(tpl.columns).length })} title={title}>
          {list(tpl.columns).map((column, i) => (
            <ButtonsCard key={i} column={column} look={tpl} />
          ))}
        </div>
      );
    case 'image_carousel':
      return (
        <div className="lp-bare lp-carousel" role="group" aria-label={t('template.imageCarousel', { count: list(tpl.columns).length })} title={title}>
          {list(tpl.columns).map((column, i) => (
            <div key={i} className="lp-image-column" title={actionSummary(column.action)}>
              <PreviewImage src={column.imageUrl} className="lp-cover" />
              {actionLabel(column.action) ? <span className="lp-image-column-label">{actionLabel(column.action)}</span> : null}
            </div>
          ))}
        </div>
      );
    default:
      return <div className="bubble-text">{title ?? t('template.fallback')}</div>;
  }
}
