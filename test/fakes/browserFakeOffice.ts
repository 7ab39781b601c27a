/**
 * Browser entry of the fake: served in place of office.js by the end-to-end test. Builds the
 * workbook from `window.__EARMARK_FIXTURE__`, defines `window.Office` / `window.Excel`, and
 * exposes `window.__EARMARK_FAKE__` so the test can read cells, formats, settings and stats back.
 *
 * Fixture forms accepted:
 *   { sheetName, grid, firstRow?, firstColumn?, protected?, tables? }       one sheet
 *   [ {sheet}, {sheet}, ... ]                                               several sheets
 *   { sheets: [...], options?, selection?: { sheetName, address }, settings? }
 */
import { createBrowserFake, type Fixture } from './createBrowserFake';

declare global {
  interface Window {
    __EARMARK_FIXTURE__?: Fixture;
    __EARMARK_FAKE__?: ReturnType<typeof createBrowserFake>;
  }
}

if (typeof window !== 'undefined') {
  window.__EARMARK_FAKE__ = createBrowserFake(window.__EARMARK_FIXTURE__);
  // office.js calls Office.initialize once the page has loaded, if the page assigned one.
  const office = (window as unknown as { Office: { runInitialize(): void } }).Office;
  const fire = () => setTimeout(() => office.runInitialize(), 0);
  if (typeof document !== 'undefined' && document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', fire);
  } else {
    fire();
  }
}
