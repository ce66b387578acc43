import { detailOf, WpsError } from './errors';
import type { EtApplication } from './om';

/** Undo steps for what a batch has written so far, run newest first if the batch fails half-way. */
export class Journal {
  private readonly steps: (() => void)[] = [];

  push(step: () => void): void {
    this.steps.push(step);
  }

  rollback(): void {
    for (let i = this.steps.length - 1; i >= 0; i--) {
      try {
        this.steps[i]?.();
      } catch {
        // Put back as much as WPS lets us; one refused step must not stop the others.
      }
    }
  }
}

/**
 * WPS has no undoable batch: a change is made as soon as it is called. So every action reads and
 * checks everything first (prepare, which writes nothing), then writes (commit) with the screen
 * frozen, noting how to undo each step; if WPS refuses a write half-way, what was written is undone
 * and the user gets one plain message.
 */
export function transact<T>(app: EtApplication, prepare: () => (journal: Journal) => T): T {
  const commit = prepare();
  const journal = new Journal();
  const screen = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    return commit(journal);
  } catch (error) {
    journal.rollback();
    throw new WpsError('rolled-back', { detail: detailOf(error) });
  } finally {
    app.ScreenUpdating = screen;
  }
}
