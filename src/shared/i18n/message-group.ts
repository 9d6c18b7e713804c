// How a compiled messages file (scripts/vite/compile-messages.ts) turns its texts into messages
// when it loads: each id is the group's short scope and the message's key ("a4.count"). One
// function for every file, so the first page carries it once.
import type { CompiledMessage } from '@lingui/message-utils/compileMessage';
import type { Message } from './define';

export function messageGroup(scope: string, texts: Record<string, CompiledMessage>): Record<string, Message> {
  const group: Record<string, Message> = {};
  for (const key in texts) group[key] = { id: `${scope}.${key}`, message: texts[key]! };
  return group;
}
