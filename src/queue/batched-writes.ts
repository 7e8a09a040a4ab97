// Group commit for a queue worker: the documents whose analysis finishes while a write is in
// flight go to the store together in the next transaction. Every transaction on a shared store
// pays a round trip to begin, one for the corroboration lock and one to commit, and holds the
// lock other workers wait for; a batch pays them once. Batches grow by themselves when the
// store is slow and stay single when it keeps up. A job is acknowledged only after the
// transaction holding its document commits, so exactly-once is unchanged.
import type { Store, WriteItem, WriteOutcome } from '../corpus/store/index.js';

interface Pending {
  item: WriteItem;
  resolve: (outcome: WriteOutcome) => void;
  reject: (err: unknown) => void;
}

export class BatchedWrites {
  private readonly pending: Pending[] = [];
  private writing = false;

  constructor(private readonly store: Store, private readonly maxBatch = 50) {}

  /** Resolves with the document's outcome once the transaction that wrote it has committed. */
  write(item: WriteItem): Promise<WriteOutcome> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      void this.next();
    });
  }

  private async next(): Promise<void> {
    if (this.writing || !this.pending.length) return;
    this.writing = true;
    const batch = this.pending.splice(0, this.maxBatch);
    try {
      const outcomes = await this.store.writeBatch(batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(outcomes[i]));
    } catch (err) {
      // One document the store refuses must not fail the others: each is tried on its own.
      if (batch.length === 1) batch[0].reject(err);
      else {
        for (const p of batch) {
          try {
            p.resolve((await this.store.writeBatch([p.item]))[0]);
          } catch (one) {
            p.reject(one);
          }
        }
      }
    } finally {
      this.writing = false;
      void this.next();
    }
  }
}
