/** The little each SQL driver must provide; both PGlite and `pg` speak PostgreSQL with `$n` parameters. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * Bulk-loads rows in COPY's text format (tab-separated, backslash escapes) into `table(columns)`, where the
   * driver can do it from memory (PGlite's /dev/blob). Undefined when it cannot: callers use set-based INSERTs.
   */
  copyText?: (table: string, columns: readonly string[], text: string) => Promise<void>;
}

export interface Db extends Sql {
  /** Runs several statements (a migration file). */
  exec(text: string): Promise<void>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
