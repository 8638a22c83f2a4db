// Where the built command's entry file is, so that work can be handed to threads running the same bundle. Set by
// cli/entry.ts; unset when the code runs from source (tests), where everything runs on the one thread.

let entry: URL | undefined;

/** Records the entry file's URL (cli/entry.ts calls this at start). */
export function setThreadEntry(url: URL): void {
  entry = url;
}

/** The entry file a worker thread starts from, or undefined when the command does not run from its bundle. */
export const threadEntry = (): URL | undefined => entry;

/** What a worker thread is started with: which job it runs. */
export interface ThreadData {
  trellisThread: 'status';
}
