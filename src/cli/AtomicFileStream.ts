import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { UserError } from './UserError';
import { describeFsError } from './readInputFile';

/**
 * The streaming counterpart of writeFileAtomically: bytes go to a temporary file beside the
 * target, renamed onto it only once everything is written. Re-classifying a file in place is
 * safe (the input is read to its end before the rename), and a failed run leaves nothing behind.
 */
export class AtomicFileStream {
  private constructor(
    private readonly file: string,
    private readonly tmp: string,
    readonly stream: WriteStream,
  ) {
    // Errors surface through write/finish; an unhandled 'error' event would crash the process.
    stream.on('error', () => undefined);
  }

  /** Opens the temporary file now, so an unwritable folder is reported before any work. */
  static async open(file: string): Promise<AtomicFileStream> {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    const stream = createWriteStream(tmp, { highWaterMark: 1 << 20 });
    try {
      await new Promise<void>((resolve, reject) => {
        stream.once('ready', () => resolve());
        stream.once('error', reject);
      });
    } catch (err) {
      throw writeError(file, err);
    }
    return new AtomicFileStream(file, tmp, stream);
  }

  /** Writes, waiting for the disk when Node's buffer is full (memory stays flat). */
  async write(chunk: string | Buffer): Promise<void> {
    if (this.stream.errored) throw writeError(this.file, this.stream.errored);
    if (!this.stream.write(chunk)) await this.drained();
  }

  private drained(): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (err?: Error): void => {
        this.stream.off('drain', onDrain);
        this.stream.off('error', done);
        if (err) reject(writeError(this.file, err));
        else resolve();
      };
      const onDrain = (): void => done();
      this.stream.once('drain', onDrain);
      this.stream.once('error', done);
    });
  }

  /** Flushes, closes and renames onto the target. */
  async commit(): Promise<void> {
    try {
      // A writer that pipes into the stream (exceljs's zip) may have ended it already.
      if (!this.stream.writableEnded) {
        await new Promise<void>((resolve, reject) => {
          this.stream.once('error', reject);
          this.stream.end(() => resolve());
        });
      }
      if (this.stream.errored) throw this.stream.errored;
      await new Promise<void>((resolve) => (this.stream.closed ? resolve() : this.stream.once('close', () => resolve())));
      await rename(this.tmp, this.file);
    } catch (err) {
      await this.abort();
      throw err instanceof UserError ? err : writeError(this.file, err);
    }
  }

  async abort(): Promise<void> {
    this.stream.destroy();
    await rm(this.tmp, { force: true }).catch(() => undefined);
  }
}

function writeError(file: string, err: unknown): UserError {
  const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : describeFsError(err);
  return new UserError(`Cannot write ${file}: ${reason}`);
}
