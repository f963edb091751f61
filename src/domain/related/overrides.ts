// An editor's word on a related list: pinned items first in their order, removed ones never.

/** Items a reader sees under an article. */
export const SHOWN = 10;

export interface Override {
  relatedId: number;
  kind: 'pinned' | 'removed';
  position: number;
}

/**
 * The ids a reader sees: pinned first in their order, then the computed list without the removed and
 * pinned ones, at most SHOWN. `visible` says which ids may be shown at all (published, same language).
 */
export function applyOverrides(auto: number[], overrides: Override[], visible: (id: number) => boolean = () => true): number[] {
  const pinned = overrides.filter((o) => o.kind === 'pinned').sort((a, b) => a.position - b.position).map((o) => o.relatedId);
  const hidden = new Set([...pinned, ...overrides.filter((o) => o.kind === 'removed').map((o) => o.relatedId)]);
  const out = new Set(pinned.filter(visible));
  for (const id of auto) if (!hidden.has(id) && visible(id)) out.add(id);
  return [...out].slice(0, SHOWN);
}
