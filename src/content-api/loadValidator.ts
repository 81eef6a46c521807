/** valibot and the schemas, loaded on demand (see validate.ts). */
export const loadValidator = () => import('./validate');
