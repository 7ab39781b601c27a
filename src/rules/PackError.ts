/**
 * Thrown when a rules pack is refused. The message is one line: what was wrong, the first few
 * problems, and how many more there were, so a user can act on it from a status bar.
 */
export class PackError extends Error {
  /** Every problem found, for callers that want the full list. */
  readonly problems: readonly string[];

  constructor(summary: string, problems: readonly string[], shown = 5) {
    const head = problems.slice(0, shown).join('; ');
    const more = problems.length > shown ? ` (+${problems.length - shown} more)` : '';
    super(problems.length ? `${summary}: ${head}${more}` : summary);
    this.name = 'PackError';
    this.problems = problems;
  }
}
