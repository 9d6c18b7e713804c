// React DOM's `react-dom/client` for the browser build, rendered by Preact (docs/decisions/0025).
// vite.config.ts sends `react`, `react-dom` and the JSX runtime to `preact/compat`, and
// `react-dom/client` here, so what this module sets up is in place before the first render.
// Development and the tests keep React DOM; the journeys in Chromium run this build.
//
// Where React DOM and Preact write different DOM for the same element, the difference is evened
// out here, in one place:
// - A controlled <textarea>: React DOM also writes the value as the element's default value (its
//   text), as an uncontrolled one would show it; Preact sets only the live value. With the default
//   value kept too, a textarea reads the same to anything that looks at its text, and a form
//   reset returns to what was last rendered, as with React DOM.
import { options, type VNode } from 'preact';
import { createRoot as preactCreateRoot } from 'preact/compat/client';

type Props = Record<string, unknown>;

let evenedOut = false;

/** Installs the hook below once, before the first render (a side effect the bundler keeps). */
function evenOutDomDifferences(): void {
  if (evenedOut) return;
  evenedOut = true;
  const previousVnodeHook = options.vnode;
  options.vnode = (vnode: VNode) => {
    if (vnode.type === 'textarea') {
      const props = vnode.props as Props;
      if (props.value != null && props.defaultValue == null) props.defaultValue = props.value;
    }
    // Preact's compatibility layer normalises the props (onChange, className…) after this.
    previousVnodeHook?.(vnode);
  };
}

/** `createRoot` of react-dom/client: Preact's, with the DOM evened out first. */
export function createRoot(container: Parameters<typeof preactCreateRoot>[0]): ReturnType<typeof preactCreateRoot> {
  evenOutDomDifferences();
  return preactCreateRoot(container);
}
