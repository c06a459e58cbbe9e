import { Component, type ErrorInfo, type ReactNode } from 'react';
import { SectionError } from '../shared/SectionError';

export interface SectionBoundaryProps {
  children?: ReactNode;
  /** Called before the section renders again after the seller pressed Retry (e.g. refetch its data). */
  onRetry?: () => void;
  /** Called with what the section threw (the host's error reporting). */
  onError?: (error: unknown, info: ErrorInfo) => void;
  /** A change of this value clears a caught error (e.g. another offer was opened). */
  resetKey?: unknown;
}

interface SectionBoundaryState {
  error: { value: unknown } | null;
  resetKey: unknown;
}

/**
 * Keeps an error thrown while rendering one section inside that section: the section shows an error state with
 * Retry, and the rest of the page stays up.
 */
export class SectionBoundary extends Component<SectionBoundaryProps, SectionBoundaryState> {
  override state: SectionBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<SectionBoundaryState> {
    return { error: { value: error } };
  }

  static getDerivedStateFromProps(props: SectionBoundaryProps, state: SectionBoundaryState): Partial<SectionBoundaryState> | null {
    if (!Object.is(props.resetKey, state.resetKey)) return { error: null, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    try {
      this.props.onError?.(error, info);
    } catch {
      // The host's error reporter failed too: a throw from here would escape every boundary and take the
      // page (and the host's React root) down. React has already logged the original error.
    }
  }

  private readonly retry = (): void => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    if (this.state.error) return <SectionError error={this.state.error.value} onRetry={this.retry} />;
    return this.props.children;
  }
}
