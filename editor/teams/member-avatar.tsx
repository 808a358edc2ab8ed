/** Colours with white initials at 4.5:1 or more; a person keeps theirs (picked from their id). */
const grounds = ['#067d3a', '#0b57d0', '#8e24aa', '#b3261e', '#00695c', '#5d4037', '#3949ab', '#ad1457'];

/** A round badge with a person's initial (people have no pictures in LineFlow). */
export function MemberAvatar({ name, id }: { name: string; id: string }) {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return (
    <span className="member-avatar" style={{ background: grounds[hash % grounds.length] }} aria-hidden>
      {Array.from(name.trim())[0]?.toUpperCase() ?? '?'}
    </span>
  );
}
