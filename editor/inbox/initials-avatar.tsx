/** Background colours with white text at 4.5:1 or more. */
const colours = ['#0b6e4f', '#1d4ed8', '#9d174d', '#7c2d12', '#5b21b6', '#0f766e', '#374151', '#a16207'];

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  // Japanese, Chinese and Thai names have no spaces: their first character stands for them.
  const first = [...words[0]][0] ?? '?';
  const second = words.length > 1 ? ([...words[1]][0] ?? '') : '';
  return (first + second).toUpperCase();
}

function colourOf(key: string): string {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return colours[hash % colours.length];
}

/** A person's picture, or their initials on a colour that stays the same for them. */
export function InitialsAvatar({
  name,
  id,
  pictureUrl,
  size,
  label,
}: {
  name: string;
  id: string;
  pictureUrl?: string | null;
  size: 'md' | 'sm';
  label?: string;
}) {
  const className = `initials-avatar ${size}`;
  if (pictureUrl) return <img className={className} src={pictureUrl} alt={label ?? ''} title={label} />;
  return (
    <span
      className={className}
      style={{ background: colourOf(id) }}
      role={label ? 'img' : undefined}
      aria-label={label}
      title={label}
      aria-hidden={label ? undefined : true}
    >
      {initialsOf(name)}
    </span>
  );
}
