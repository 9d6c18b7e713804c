// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { useMenu } from './menu';

afterEach(cleanup);

function Menu() {
  const menu = useMenu();
  return (
    <>
      <div {...menu.rootProps}>
        <button {...menu.buttonProps}>Views</button>
        <div {...menu.panelProps}>
          <a href="#one">One</a>
        </div>
      </div>
      <p>Elsewhere</p>
      <div data-dialog-host="">
        <button type="button">In a dialog</button>
      </div>
    </>
  );
}

const panel = () => screen.getByText('One', { selector: 'a' }).parentElement!;

describe('useMenu', () => {
  test('the button opens and closes the panel it controls', () => {
    render(<Menu />);
    const button = screen.getByRole('button', { name: 'Views' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', panel().id);
    expect(panel()).not.toBeVisible();
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(panel()).toBeVisible();
    fireEvent.click(button);
    expect(panel()).not.toBeVisible();
  });

  test('Escape closes it and gives the focus back to the button', () => {
    render(<Menu />);
    const button = screen.getByRole('button', { name: 'Views' });
    fireEvent.click(button);
    const link = screen.getByRole('link', { name: 'One' });
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(panel()).not.toBeVisible();
    expect(button).toHaveFocus();
  });

  test('a click outside closes it, a click in a dialog opened from it does not', () => {
    render(<Menu />);
    fireEvent.click(screen.getByRole('button', { name: 'Views' }));
    fireEvent.pointerDown(screen.getByRole('button', { name: 'In a dialog' }));
    expect(panel()).toBeVisible();
    fireEvent.pointerDown(panel());
    expect(panel()).toBeVisible();
    fireEvent.pointerDown(screen.getByText('Elsewhere'));
    expect(panel()).not.toBeVisible();
  });

  test('following a link inside closes it', () => {
    render(<Menu />);
    fireEvent.click(screen.getByRole('button', { name: 'Views' }));
    fireEvent.click(screen.getByRole('link', { name: 'One' }));
    expect(panel()).not.toBeVisible();
  });
});
