/** The shape every language must have: the Swedish messages with string leaves. */
import type { sv } from "./sv";

type Widen<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]>;
};

export type Messages = Widen<typeof sv>;
