import { EstimatePage } from '../features/estimate/EstimatePage';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ROUTES } from './routes';
import { useHashRoute } from './useHashRoute';

/** The shell: header with navigation, and the page for the current route. */
export function App() {
  const route = useHashRoute();
  return (
    <div className="shell">
      <header className="shell-header">
        <span className="brand">Estimo</span>
        <nav>
          {ROUTES.map((item) => (
            <a
              key={item.path}
              href={`#/${item.path}`}
              aria-current={item.path === route ? 'page' : undefined}
            >
              {item.label}
            </a>
          ))}
        </nav>
        <span className="privacy-note">
          Runs in your browser: your data never leaves this page.
        </span>
      </header>
      <main>
        <ErrorBoundary key={route}>{route === 'estimate' && <EstimatePage />}</ErrorBoundary>
      </main>
    </div>
  );
}
