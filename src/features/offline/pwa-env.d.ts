interface ImportMetaEnv {
  /** Set by tools/pwa/pwaPlugins.ts: one value per build, versioning the persisted cache. */
  readonly VITE_BUILD_ID?: string;
}
