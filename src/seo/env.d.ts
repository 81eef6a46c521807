interface ImportMetaEnv {
  /** Inlined by Vite (envPrefix); undefined under plain Node. */
  readonly SITE_ORIGIN?: string;
}
