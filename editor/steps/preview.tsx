/** A line of text on a node, cut short so nodes stay small. */
export function Preview({ text, muted }: { text: string | undefined; muted?: boolean }) {
  const shown = text && text.length > 90 ? `${text.slice(0, 89)}…` : text;
  return <div className={muted ? 'node-line muted' : 'node-line'}>{shown || '—'}</div>;
}

export function Chips({ items }: { items: string[] }) {
  return (
    <div className="node-chips">
      {items.map((item, i) => (
        <span className="chip" key={`${i}-${item}`}>
          {item}
        </span>
      ))}
    </div>
  );
}
