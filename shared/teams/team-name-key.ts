/**
 * A team's name folded for comparison, so "Support", "support" and "ｓｕｐｐｏｒｔ" are one team:
 * names are unique on this, and a workflow naming a team finds it whatever the case.
 */
export function teamNameKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}
