/* eslint-disable @typescript-eslint/no-explicit-any */

/** A LINE message as the customer would roughly see it: text, image, sticker, or a readable flex card. */
export function LineMessageView({ content }: { content: any }) {
  switch (content?.type) {
    case 'text':
      return <div className="bubble-text">{content.text}</div>;
    case 'image':
      return <img className="bubble-image" src={content.previewImageUrl} alt="" />;
    case 'sticker':
      return <div className="bubble-sticker" title={`Sticker ${content.packageId}/${content.stickerId}`}>🧸 sticker {content.packageId}/{content.stickerId}</div>;
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
          {(content.template?.actions ?? []).map((a: any, i: number) => (
            <div key={i} className="flex-button">{a.label}</div>
          ))}
        </div>
      );
    case 'postback':
      return <div className="bubble-text">{content.displayText ?? describePostback(content.data)}</div>;
    case 'note':
      return <div className="bubble-note">Note for agents: {content.text}</div>;
    case 'event':
      return <div className="bubble-note">{content.text}</div>;
    default:
      return <div className="bubble-text">[{content?.type ?? 'message'}]</div>;
  }
}

function flexTexts(node: any, out: { text: string; button: boolean }[] = []): { text: string; button: boolean }[] {
  if (!node || typeof node !== 'object') return out;
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
