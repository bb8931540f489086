import { useEffect, useState } from 'react';
import { routeFromHash, type RoutePath } from './routes';

/** The current hash route, updated on navigation. */
export function useHashRoute(): RoutePath {
  const [route, setRoute] = useState(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
