/** The little each SQL driver must provide; both PGlite and `pg` speak PostgreSQL with `$n` parameters. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * Bulk-loads rows into `table(columns)`: `chunks` are tuples of COPY's binary format (see copy-binary.ts), each
   * chunk whole tuples, which the driver frames with the format's header and trailer. Consumed lazily: `pg`
   * streams each chunk to the server as it is produced (the server reads one while we build the next), PGlite
   * hands them over as blobs at `/dev/blob`.
   */
  copy(table: string, columns: readonly string[], chunks: Iterable<Uint8Array<ArrayBuffer>>): Promise<void>;
}

export interface Db extends Sql {
  /** Runs several statements (a migration file). */
  exec(text: string): Promise<void>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
