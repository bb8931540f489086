import { lazy, Suspense } from 'react';
import { EstimatePage } from '../features/estimate/EstimatePage';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ROUTES } from './routes';
import { useHashRoute } from './useHashRoute';

// Lazy: the Bulk and Data pages and recharts load only when someone opens it, outside the entry chunk.
const BulkPage = lazy(() => import('../features/bulk/BulkPage'));
const DataPage = lazy(() => import('../features/data/DataPage'));
const TrainPage = lazy(() => import('../features/train/TrainPage'));
const ModelsPage = lazy(() => import('../features/models/ModelsPage'));
const MonitorPage = lazy(() => import('../features/monitor/MonitorPage'));

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
        <ErrorBoundary key={route}>
          <Suspense fallback={<p className="page-status">Loading the page…</p>}>
            {route === 'estimate' && <EstimatePage />}
            {route === 'bulk' && <BulkPage />}
            {route === 'data' && <DataPage />}
            {route === 'train' && <TrainPage />}
            {route === 'models' && <ModelsPage />}
            {route === 'monitor' && <MonitorPage />}
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
