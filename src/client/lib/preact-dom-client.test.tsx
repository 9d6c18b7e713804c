// @vitest-environment jsdom
// The browser build renders with Preact through preact-dom-client.ts, the tests with React DOM. Where
// that module evens out a difference, both must write the same DOM: rendered here by each.
import { cleanup, render } from '@testing-library/react';
import { createElement } from 'preact/compat';
import { afterEach, describe, expect, test } from 'vitest';
import { createRoot } from './preact-dom-client';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

/** A textarea as React DOM leaves it after rendering `values` in turn: its live value and its text. */
function withReactDom(values: string[]): { value: string; text: string | null } {
  const { container, rerender } = render(<textarea value={values[0]} onChange={() => undefined} />);
  for (const value of values.slice(1)) rerender(<textarea value={value} onChange={() => undefined} />);
  const textarea = container.querySelector('textarea')!;
  return { value: textarea.value, text: textarea.textContent };
}

/** The same through the browser build's renderer. */
function withPreact(values: string[]): { value: string; text: string | null } {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  for (const value of values) root.render(createElement('textarea', { value, onChange: () => undefined }));
  const textarea = container.querySelector('textarea')!;
  const seen = { value: textarea.value, text: textarea.textContent };
  root.unmount();
  return seen;
}

describe('a controlled textarea under Preact', () => {
  test('shows its value as its text too, as React DOM does', () => {
    const values = ['The guarantees will be formally written within the next week to ten days.'];
    expect(withPreact(values)).toEqual({ value: values[0], text: values[0] });
    expect(withPreact(values)).toEqual(withReactDom(values));
  });

  test('keeps its text in step when the value changes', () => {
    const values = ['first words', 'second words', ''];
    expect(withPreact(values)).toEqual({ value: '', text: '' });
    expect(withPreact(['first words', 'second words'])).toEqual(withReactDom(['first words', 'second words']));
  });
});
