import type { Readable } from 'node:stream';

/**
 * An object-mode stream's items in arrays of up to `size`, taking what is buffered at each turn:
 * per-item `for await` would cost a promise per CSV record, which shows at a million rows.
 */
export async function* readBatches<T>(stream: Readable, size = 1000): AsyncGenerator<T[]> {
  for (;;) {
    const batch: T[] = [];
    let item: T | null;
    while (batch.length < size && (item = stream.read() as T | null) !== null) batch.push(item);
    if (batch.length > 0) {
      yield batch;
      continue;
    }
    if (stream.errored) throw stream.errored;
    if (stream.readableEnded) return;
    await nextEvent(stream);
  }
}

/** Resolves on the next 'readable' or 'end', rejects on 'error'. */
function nextEvent(stream: Readable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (err?: Error): void => {
      stream.off('readable', onReady);
      stream.off('end', onReady);
      stream.off('error', settle);
      if (err) reject(err);
      else resolve();
    };
    const onReady = (): void => settle();
    stream.once('readable', onReady);
    stream.once('end', onReady);
    stream.once('error', settle);
  });
}
