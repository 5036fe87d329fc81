/**
 * Keeps one broken section from taking down the page: renders `fallback(error, reset)` instead.
 * A class component because React has no hook for this.
 */
import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  readonly fallback: (error: unknown, reset: () => void) => ReactNode;
  readonly children: ReactNode;
  /** When any of these change, a caught error is cleared (e.g. the user picked something else). */
  readonly resetKeys?: readonly unknown[];
}

interface State {
  readonly error: unknown;
  readonly keys: readonly unknown[];
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, keys: this.props.resetKeys ?? [] };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(
    props: Props,
    state: State,
  ): Partial<State> | null {
    const keys = props.resetKeys ?? [];
    const changed =
      keys.length !== state.keys.length ||
      keys.some((k, i) => k !== state.keys[i]);
    return changed ? { error: null, keys } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  reset = (): void => {
    this.setState({ error: null });
  };

  override render(): ReactNode {
    if (this.state.error !== null)
      return this.props.fallback(this.state.error, this.reset);
    return this.props.children;
  }
}
