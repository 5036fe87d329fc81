/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker (vite-plugin-pwa / Workbox, see vite.config.ts). Loaded on demand
 * after the first render, so neither this module nor workbox-window is in the app shell. When a
 * new build has been installed and waits, `onNeedRefresh` gets the function that activates it
 * and reloads the page ("Uppdatera").
 */
import { registerSW } from "virtual:pwa-register";

export function registerServiceWorker(
  onNeedRefresh: (update: () => void) => void,
): void {
  if (!("serviceWorker" in navigator)) return;
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      onNeedRefresh(() => {
        void updateSW(true);
      });
    },
  });
}
