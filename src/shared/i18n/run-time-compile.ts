// Where messages are not compiled ahead (the server, which may run with NODE_ENV=production, where
// Lingui does not compile on its own), every translator compiles them as they are said. Kept apart
// from translator.ts so the browser, whose messages arrive compiled, does not carry it.
import { compileWith, type MessageCompiler } from './translator';

const compiledBy = new WeakMap<MessageCompiler, Map<string, ReturnType<MessageCompiler>>>();

/**
 * Lingui compiles a message given as text each time it is said; a feed says the same few messages
 * for thousands of pledges, so each text is compiled once (per compiler) and kept.
 */
function remembered(compile: MessageCompiler): MessageCompiler {
  let cache = compiledBy.get(compile);
  if (!cache) compiledBy.set(compile, (cache = new Map()));
  const kept = cache;
  return (message) => {
    let compiled = kept.get(message);
    if (!compiled) kept.set(message, (compiled = compile(message)));
    return compiled;
  };
}

export function compileMessagesAtRunTime(compile: MessageCompiler): void {
  compileWith(remembered(compile));
}
