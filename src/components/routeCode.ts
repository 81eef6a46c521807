import { createContext, useContext } from 'react';

/**
 * Starts loading the code of the page at an in-app address. The app provides
 * it (app/routeCode.ts, from its route table); without a provider (the
 * prerenderer, component tests) it does nothing.
 */
export const RouteCodeContext = createContext<(href: string) => void>(() => {});

export const usePrefetchRouteCode = () => useContext(RouteCodeContext);
