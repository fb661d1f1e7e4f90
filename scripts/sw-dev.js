// The service worker of debug builds (scripts/dev.sh): caches nothing and removes itself, together with
// any cache a release build's worker left on this origin, so every reload shows the files just built.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.map((k) => caches.delete(k))))
      .then(() => self.registration.unregister()),
  );
});
