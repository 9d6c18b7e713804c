// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Button, buttonClass } from './button';

afterEach(cleanup);

describe('Button', () => {
  test('is a plain button with the house classes, enabled and not busy', () => {
    render(<Button>Save</Button>);
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveClass('button');
    expect(button).toBeEnabled();
    expect(button).not.toHaveAttribute('aria-busy');
  });

  test('while pending it is disabled, busy and says so in the default words', () => {
    const onClick = vi.fn();
    render(
      <Button variant="primary" pending onClick={onClick}>
        Save details
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Saving…' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    button.click();
    expect(onClick).not.toHaveBeenCalled();
  });

  test('a pending label of its own replaces the default', () => {
    render(
      <Button pending pendingLabel="Signing in…">
        Sign in
      </Button>,
    );
    expect(screen.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
  });

  test('disabled without being pending keeps its label and is not busy', () => {
    render(
      <Button type="submit" disabled>
        Create token
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Create token' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('type', 'submit');
    expect(button).not.toHaveAttribute('aria-busy');
  });

  test('variants map to the classes the style sheets know', () => {
    expect(buttonClass()).toBe('button');
    expect(buttonClass({ variant: 'primary' })).toBe('button button-primary');
    expect(buttonClass({ variant: 'quiet', small: true })).toBe('button button-quiet button-small');
    expect(buttonClass({ variant: 'outline-danger' })).toBe('button button-outline-danger');
    expect(buttonClass({ variant: 'danger' })).toBe('button button-primary button-danger');
    expect(buttonClass({ variant: 'quiet-danger', small: true, className: 'x' })).toBe(
      'button button-quiet button-quiet-danger button-small x',
    );
  });
});
