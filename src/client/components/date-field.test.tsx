// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { DateField } from './date-field';

afterEach(cleanup);

function Picked({ initial, error }: { initial: string; error?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="Delivered on"
      hint="The day it arrived."
      error={error}
      value={value}
      onChange={(e) => setValue(e.target.value)}
    />
  );
}

describe('DateField', () => {
  test('writes the picked day the way the app writes dates, beside the input and in its description', () => {
    render(<Picked initial="2025-08-25" />);
    const input = screen.getByLabelText('Delivered on');
    expect(input).toHaveAttribute('type', 'date');
    expect(screen.getByText('Mon 25 Aug 2025')).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription('The day it arrived. Mon 25 Aug 2025');
  });

  test('follows each change, and says nothing while no whole date is picked', () => {
    render(<Picked initial="" />);
    const input = screen.getByLabelText('Delivered on');
    expect(input).toHaveAccessibleDescription('The day it arrived.');
    fireEvent.change(input, { target: { value: '2025-08-28' } });
    expect(input).toHaveAccessibleDescription('The day it arrived. Thu 28 Aug 2025');
    fireEvent.change(input, { target: { value: '' } });
    expect(input).toHaveAccessibleDescription('The day it arrived.');
    expect(document.querySelector('.date-echo')).toBeEmptyDOMElement();
  });

  test('keeps the error last, and the input invalid while it has one', () => {
    render(<Picked initial="2025-08-31" error="Pick a day after the announcement" />);
    const input = screen.getByLabelText('Delivered on');
    expect(input).toHaveAccessibleDescription('The day it arrived. Sun 31 Aug 2025 Pick a day after the announcement');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });
});
