// The places a reference may point into, for the reference-safety check. In: roots and
// selectors. Out: whether two places may overlap.
//
// A place is a root and a path:
//   root  `L<i>`  the value in local i of this function
//         `P<i>`  the memory behind reference parameter i (the caller's; distinct parameters
//                 never overlap a `&mut`, since the caller checked that at its call)
//   path  selectors from the root: `f:<handle>:<field>` a struct field,
//         `v:<handle>:<variant>:<field>` a variant field, `*` some vector element (or anything),
//         `r:<offset>:<k>` "somewhere under the arguments" for result k of the Call at offset:
//         results of one call are disjoint (the callee checked it at its Ret), anything else
//         under the arguments may overlap them.
// A place stands for the whole subtree under it, so two places overlap when one path is a
// prefix of the other, selector by selector. Paths are capped: a longer path is cut to its
// prefix, which stands for more memory and so only adds conflicts; the cap keeps the analysis
// finite when a loop keeps re-borrowing through calls.

export type Selector = string;

export interface Place {
  readonly root: string;
  readonly path: readonly Selector[];
}

export const MAX_PATH = 8;

export const fieldSel = (handle: number, field: number): Selector => `f:${handle}:${field}`;
export const variantSel = (handle: number, variant: number, field: number): Selector => `v:${handle}:${variant}:${field}`;
export const ELEMENT: Selector = '*';
export const resultSel = (offset: number, k: number): Selector => `r:${offset}:${k}`;

export const localRoot = (i: number) => `L${i}`;
export const paramRoot = (i: number) => `P${i}`;
export const isParamRoot = (root: string) => root.startsWith('P');

export function placeKey(p: Place): string {
  return [p.root, ...p.path].join('/');
}

export function extend(p: Place, path: readonly Selector[]): Place {
  if (path.length === 0 || p.path.length >= MAX_PATH) return p;
  return { root: p.root, path: [...p.path, ...path].slice(0, MAX_PATH) };
}

function selectorsOverlap(a: Selector, b: Selector): boolean {
  if (a === b || a === ELEMENT || b === ELEMENT) return true;
  const ka = a[0];
  const kb = b[0];
  if (ka === 'r' && kb === 'r') {
    // Results of the same call are disjoint; results of different calls may alias.
    return a.split(':')[1] !== b.split(':')[1];
  }
  // Two different fields (or variant fields) of one value never overlap.
  if (ka === kb) return false;
  return true;
}

export function placesOverlap(a: Place, b: Place): boolean {
  if (a.root !== b.root) return false;
  const n = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < n; i++) if (!selectorsOverlap(a.path[i]!, b.path[i]!)) return false;
  return true;
}

export function anyOverlap(a: readonly Place[], b: readonly Place[]): boolean {
  return a.some((p) => b.some((q) => placesOverlap(p, q)));
}

/** Union without duplicates, in a canonical order (so equal sets compare equal). */
export function unionPlaces(...lists: ReadonlyArray<readonly Place[]>): Place[] {
  const byKey = new Map<string, Place>();
  for (const list of lists) for (const p of list) byKey.set(placeKey(p), p);
  return [...byKey.keys()].sort().map((k) => byKey.get(k)!);
}
