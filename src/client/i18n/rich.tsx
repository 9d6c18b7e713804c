// A message with markup in it: "Read <link>how verdicts work</link> first." The translator
// moves the tags with the words; each tag name becomes an element the page supplies.
import { Fragment, type ReactNode } from 'react';
import type { Message, MessageValues } from '@shared/i18n';
import { useT } from './language';

type Tags = Record<string, (children: ReactNode) => ReactNode>;

const TAG = /<([a-z][a-z0-9]*)>([\s\S]*?)<\/\1>/gi;

/** Splits translated text at its tags (not nested) and renders each through its element. */
export function renderTags(text: string, tags: Tags): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const [whole, name = '', inner = ''] = match;
    const render = tags[name];
    if (!render) continue;
    if (match.index > last) out.push(text.slice(last, match.index));
    out.push(<Fragment key={out.length}>{render(inner)}</Fragment>);
    last = match.index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function Rich({ message, values, tags }: { message: Message; values?: MessageValues; tags: Tags }) {
  const t = useT();
  return <>{renderTags(t(message, values), tags)}</>;
}
