/** Consecutive runs of the same kind, for a list already ordered by kind. */
export function groupByKind<T extends { kind: string }>(items: T[]): [string, T[]][] {
  const groups: [string, T[]][] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last[0] === item.kind) last[1].push(item);
    else groups.push([item.kind, [item]]);
  }
  return groups;
}
