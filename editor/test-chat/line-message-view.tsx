import type { LineContent } from '../../shared/api/conversations-api';

/** The fields of a LINE message (or an inbox note or event) this view shows. */
interface ShownMessage {
  type?: string;
  text?: string;
  previewImageUrl?: string;
  packageId?: string;
  stickerId?: string;
  altText?: string;
  contents?: unknown;
  template?: { text?: string; actions?: { label?: string }[] };
  displayText?: string;
  data?: string;
}

interface FlexNode {
  type?: string;
  text?: unknown;
  action?: { label?: string };
  contents?: unknown;
  [key: string]: unknown;
}

/** A LINE message as the customer would roughly see it: text, image, sticker, or a readable flex card. */
export function LineMessageView({ content: message }: { content: LineContent | null | undefined }) {
  const content = (message ?? {}) as ShownMessage;
  switch (content.type) {
    case 'text':
      return <div className="bubble-text">{content.text}</div>;
    case 'image':
      return <img className="bubble-image" src={content.previewImageUrl} alt="" />;
    case 'sticker':
      return (
        <div className="bubble-sticker" title={`Sticker ${content.packageId}/${content.stickerId}`}>
          🧸 sticker {content.packageId}/{content.stickerId}
        </div>
      );
    case 'flex':
      return (
        <div className="bubble-flex" title={content.altText}>
          {flexTexts(content.contents).map((line, i) => (
            <div key={i} className={line.button ? 'flex-button' : 'flex-text'}>
              {line.text}
            </div>
          ))}
        </div>
      );
    case 'template':
      return (
        <div className="bubble-flex">
          <div className="flex-text">{content.template?.text ?? content.altText}</div>
          {(content.template?.actions ?? []).map((a, i) => (
            <div key={i} className="flex-button">
              {a.label}
            </div>
          ))}
        </div>
      );
    case 'postback':
      return <div className="bubble-text">{content.displayText ?? describePostback(content.data ?? '')}</div>;
    case 'note':
      return <div className="bubble-note">Note for agents: {content.text}</div>;
    case 'event':
      return <div className="bubble-note">{content.text}</div>;
    default:
      return <div className="bubble-text">[{content.type ?? 'message'}]</div>;
  }
}

function flexTexts(value: unknown, out: { text: string; button: boolean }[] = []): { text: string; button: boolean }[] {
  if (!value || typeof value !== 'object') return out;
  const node = value as FlexNode;
  if (node.type === 'text' && typeof node.text === 'string') out.push({ text: node.text, button: false });
  if (node.type === 'button' && node.action?.label) out.push({ text: node.action.label, button: true });
  for (const key of ['header', 'hero', 'body', 'footer']) flexTexts(node[key], out);
  if (Array.isArray(node.contents)) for (const child of node.contents) flexTexts(child, out);
  return out;
}

/** LINE does not send the label of a tapped button; say what the tap meant instead of raw data. */
function describePostback(data: string): string {
  const params = new URLSearchParams(data);
  if (params.get('choice')) return `Tapped “${params.get('choice')}”`;
  if (params.get('rating')) return `Rated ${params.get('rating')}`;
  return data;
}
