/** The little each SQL driver must provide; both PGlite and `pg` speak PostgreSQL with `$n` parameters. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * Bulk-loads CSV rows (RFC 4180, no header) into `table(columns)` with COPY, where the driver can do it from
   * memory (PGlite's /dev/blob). Undefined when it cannot: callers fall back to set-based INSERTs.
   */
  copyCsv?: (table: string, columns: readonly string[], csv: string) => Promise<void>;
}

export interface Db extends Sql {
  /** Runs several statements (a migration file). */
  exec(text: string): Promise<void>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
