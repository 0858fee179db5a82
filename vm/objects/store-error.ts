// StoreError: what a store throws for anything a caller should show a user rather than a stack
// trace (a store directory that cannot be opened or is not a Deed store, corrupted contents, a
// commit batch that breaks the version rules). `message` is a complete sentence to print.

export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    message: string,
    /** The underlying error (LMDB's, the decoder's), for debugging. */
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}
