/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_WP_URL?: string;
}
