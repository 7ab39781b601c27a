/** Setup for the dom project: jest-dom matchers, and the browser APIs jsdom lacks that the pane uses. */
import '@testing-library/jest-dom';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

// jsdom has no ResizeObserver; Fluent's MessageBar uses one to reflow long messages.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;

// jsdom lacks TextEncoder/TextDecoder, which the rules pack's sha256 check uses (as browsers provide).
globalThis.TextEncoder ??= NodeTextEncoder as unknown as typeof TextEncoder;
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
