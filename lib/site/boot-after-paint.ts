/*
 * Starts the framework once the page has painted. scripts/postbuild.mjs puts this script, with
 * the framework's script addresses in `data-scripts`, in place of Next's own script tags on the
 * prerendered pages React runs (the planner, /plan/several). Loaded at once, those ~140 kB of
 * scripts run while the page is still being laid out, and on a phone the first paint waits for
 * them; started after it, the page shows at once and works as a plain form until React takes
 * over, as it does without JavaScript.
 */
const me = document.currentScript as HTMLScriptElement | null
const scripts: unknown = JSON.parse(me?.dataset.scripts ?? '[]')

let started = false
function start() {
  if (started || !Array.isArray(scripts)) return
  started = true
  for (const src of scripts) {
    if (typeof src !== 'string') continue
    const script = document.createElement('script')
    script.src = src
    script.async = true
    document.head.append(script)
  }
}

if (
  typeof PerformanceObserver !== 'undefined' &&
  PerformanceObserver.supportedEntryTypes?.includes('paint')
) {
  // Buffered: a paint before this script ran counts. A tab opened in the background paints, and
  // so starts, when it is first shown.
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) {
      observer.disconnect()
      start()
    }
  })
  observer.observe({ type: 'paint', buffered: true })
} else if (document.readyState === 'complete') {
  start()
} else {
  // No paint timing in this browser: the load event is the nearest thing.
  addEventListener('load', start, { once: true })
}
