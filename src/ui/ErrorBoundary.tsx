import { Component, type ErrorInfo, type ReactNode } from 'react';
import { describeError } from '../lib/errors';

interface Props {
  children: ReactNode;
}

interface State {
  error: unknown;
}

/** One per page: a failure shows what went wrong and leaves the rest of the app usable. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div role="alert" className="page-error">
        <h2>This page hit a problem</h2>
        <p>{describeError(this.state.error)}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
