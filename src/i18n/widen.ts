/** A message tree with the same keys as T and string leaves: what a translation must provide. */
export type Widen<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]>;
};
