import { apiBaseFrom } from './apiBaseFrom';

/** Where the content API lives; set at build time with VITE_API_BASE (a path or an absolute URL). */
export const apiBase: string = apiBaseFrom(import.meta.env.VITE_API_BASE);
