/** Where the content API lives; set at build time with VITE_API_BASE (a path or an absolute URL). */
export const apiBase: string = (import.meta.env.VITE_API_BASE ?? '/api/v1').replace(/\/+$/, '');
