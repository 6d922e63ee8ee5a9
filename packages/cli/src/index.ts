/**
 * `@chronik/cli`: the `chronik` command (validate, new, export, stats).
 *
 * @packageDocumentation
 */
export { createProgram, run } from './program.js';
export { EXIT, type CliContext } from './io.js';
export { toEventId } from './commands/new.js';
