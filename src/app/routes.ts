/** Pages reachable by hash route (`#/estimate`). Only built pages are listed. */
export const ROUTES = [
  { path: 'estimate', label: 'Estimate' },
  { path: 'bulk', label: 'Bulk' },
  { path: 'data', label: 'Data' },
  { path: 'train', label: 'Train' },
  { path: 'models', label: 'Models' },
  { path: 'monitor', label: 'Monitor' },
] as const;

export type RoutePath = (typeof ROUTES)[number]['path'];

export const DEFAULT_ROUTE: RoutePath = 'estimate';

/** The route named by a location hash such as `#/estimate`; the default for anything else. */
export function routeFromHash(hash: string): RoutePath {
  const path = hash.replace(/^#\/?/, '');
  return ROUTES.find((route) => route.path === path)?.path ?? DEFAULT_ROUTE;
}
