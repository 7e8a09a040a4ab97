// Command names, kept apart so that the entry point can route without loading any command.
export const CORPUS_COMMANDS = ['ingest', 'events', 'export'] as const;
export const WORKBENCH_COMMANDS = ['serve', 'demo', 'review'] as const;
export const QUEUE_COMMANDS = ['enqueue', 'worker', 'queue'] as const;
