/**
 * Which tagger model this process tags with: the shipped one (null), or one chosen by `--model` or
 * a store's adapted model. Kept apart from the tagger so that the CLI can reset it after each
 * command without loading any of the tagger.
 */

/** A model file's bytes chosen to tag with instead of the shipped one. */
export interface ModelChoice {
  bytes: Uint8Array;
  /** Names it in messages: a path, or «the model adapted to "store.db"». */
  name: string;
}

let chosen: ModelChoice | null = null;

/** Chooses the model (null: the shipped one); src/ner/tagger.ts `useModel` also checks that it loads. */
export function chooseModel(choice: ModelChoice | null): void {
  chosen = choice;
}

/** The chosen model, or null for the shipped one. */
export function chosenModel(): ModelChoice | null {
  return chosen;
}
