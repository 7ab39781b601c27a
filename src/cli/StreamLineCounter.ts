/**
 * Line numbers of byte offsets in a file that arrives in chunks: a record's row is the line it
 * starts on, 1 + the line breaks before its first byte (csv-parse's own info.lines is the
 * record's last line, and miscounts CRLF inside quotes). Offsets are asked in increasing order,
 * and chunks already counted are dropped, so memory stays at the parser's read-ahead.
 */
export class StreamLineCounter {
  private readonly chunks: Buffer[] = [];
  /** File offset of chunks[0][0]. */
  private chunkStart = 0;
  /** Position within chunks[0] counted up to. */
  private pos = 0;
  private line = 1;

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
  }

  /** 1-based line of the byte at `target`. */
  lineAt(target: number): number {
    while (this.chunks.length > 0 && this.chunkStart + this.pos < target) {
      const chunk = this.chunks[0];
      const end = Math.min(chunk.length, target - this.chunkStart);
      for (; this.pos < end; this.pos++) {
        const c = chunk[this.pos];
        // LF, CRLF (counted at its LF) and a lone CR each end a line.
        if (c === 0x0a || (c === 0x0d && this.byteAfter(this.pos) !== 0x0a)) this.line++;
      }
      if (this.pos >= chunk.length) {
        this.chunks.shift();
        this.chunkStart += chunk.length;
        this.pos = 0;
      }
    }
    return this.line;
  }

  /** The byte after position `i` of the first chunk, looking into the next chunk at its end. */
  private byteAfter(i: number): number | undefined {
    const chunk = this.chunks[0];
    return i + 1 < chunk.length ? chunk[i + 1] : this.chunks[1]?.[0];
  }
}
