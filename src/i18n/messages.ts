/** The shape every language must have: the Swedish messages with string leaves. */
import type { sv } from "./sv";
import type { Widen } from "./widen";

export type Messages = Widen<typeof sv>;
