/**
 * A module loaded on demand, without React.lazy: its code stays out of the chunk that uses it, and
 * once loaded it renders at once. React.lazy would suspend on first render even when the module
 * has already arrived, and React then holds the reveal for its Suspense throttle (300 ms), which a
 * click on a control must not cost. Until the module is there, `useModule` gives null; a failed
 * load is thrown in render, for the nearest error boundary, and may be tried again.
 */
import { useEffect, useState } from "react";

export interface OnDemand<M> {
  /** Starts loading (once); later calls share the same load. */
  readonly preload: () => Promise<M>;
  /** The module once loaded, else null; starts loading when `enabled`. */
  readonly useModule: (enabled?: boolean) => M | null;
}

export function onDemand<M>(load: () => Promise<M>): OnDemand<M> {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  const preload = (): Promise<M> => {
    loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const useModule = (enabled = true): M | null => {
    const [module, setModule] = useState<M | null>(loaded);
    const [error, setError] = useState<Error | null>(null);
    useEffect(() => {
      if (module !== null || !enabled) return;
      let live = true;
      preload().then(
        (m) => {
          if (live) setModule(m);
        },
        (e: unknown) => {
          if (live) setError(e instanceof Error ? e : new Error(String(e)));
        },
      );
      return () => {
        live = false;
      };
    }, [module, enabled]);
    if (error !== null) throw error;
    return module ?? (enabled ? loaded : null);
  };
  return { preload, useModule };
}
