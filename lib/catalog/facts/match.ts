/*
 * A small predicate language over the arguments of a resource, so that catalog facts can say
 * "a child resource whose action is redirect and whose target is an https:// URL" as data.
 * The engine interprets it (lib/compliance/rules/match.ts); the catalog only describes.
 */

/** A test on the value of one argument of a block (a resource body or a nested block). */
export interface ValueTest {
  /**
   * Dotted path of the argument, relative to the block. Nested blocks written as lists are
   * entered element by element: the test holds when one of the values passes.
   */
  readonly path: string;
  /**
   * The value, trimmed and compared case-insensitively, equals this.
   * @default - no equality test
   */
  readonly equalTo?: string;
  /**
   * The value is an `https://` URL (interpolations after the scheme do not matter).
   * @default false
   */
  readonly httpsUrl?: boolean;
  /**
   * The argument is set to something (a non-empty literal or any expression).
   * @default false
   */
  readonly isSet?: boolean;
  /**
   * The argument is present (written, even as an empty value).
   * @default false
   */
  readonly isPresent?: boolean;
  /**
   * The argument is absent (not written, or null).
   * @default false
   */
  readonly isAbsent?: boolean;
  /**
   * The argument is not set (absent, empty, or only unset values).
   * @default false
   */
  readonly isUnset?: boolean;
  /**
   * The value is a true boolean (`true`, `"true"`, `1`, `"1"`).
   * @default false
   */
  readonly isTrue?: boolean;
}

/**
 * A match on blocks: descend into `path` (every nested block there), then require `tests`,
 * every one of `all` and, when given, one of `any`. Holds when one block at `path` satisfies
 * it (or, with `every`, when there is at least one block and each satisfies it).
 */
export interface BlockMatch {
  /**
   * Dotted path of the nested blocks to test, relative to the current block.
   * @default - the current block itself
   */
  readonly path?: string;
  /**
   * Every block at `path` must match, and there must be at least one.
   * @default false (one block is enough)
   */
  readonly every?: boolean;
  /**
   * Value tests that must all hold on the block.
   * @default - none
   */
  readonly tests?: ValueTest[];
  /**
   * Nested matches that must all hold on the block.
   * @default - none
   */
  readonly all?: BlockMatch[];
  /**
   * Nested matches of which one must hold on the block.
   * @default - no alternatives to satisfy
   */
  readonly any?: BlockMatch[];
}

/** Words an argument takes, read case-insensitively, and what its absence means. */
export interface WordsFact {
  /** Dotted path of the argument. */
  readonly path: string;
  /** Values (lower case) that mean yes: inbound, accept, enabled, … */
  readonly words: string[];
  /**
   * What an absent argument means: true (yes) or false (no).
   * @default - unknown (an absent action is neither accept nor drop)
   */
  readonly absent?: boolean;
}
