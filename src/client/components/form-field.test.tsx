// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { FieldGroup } from './field-group';
import { FormField } from './form-field';

afterEach(cleanup);

describe('FormField', () => {
  test('labels its control with an id of its own and no description when there is nothing to say', () => {
    render(<FormField label="Title">{(control) => <input {...control} />}</FormField>);
    const input = screen.getByLabelText('Title');
    expect(input.id).not.toBe('');
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  test('is described by its hint, then by its error, and is invalid while it has one', () => {
    render(
      <FormField label="Email" hint="You sign in with it." error="Enter your email address">
        {(control) => <input {...control} />}
      </FormField>,
    );
    const input = screen.getByLabelText('Email');
    expect(input).toHaveAccessibleDescription('You sign in with it. Enter your email address');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const [hintId, errorId] = input.getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(hintId!)).toHaveClass('field-hint');
    expect(document.getElementById(errorId!)).toHaveClass('field-error');
  });

  test('takes a given id, and other describing elements beside its own', () => {
    render(
      <>
        <p id="preview">25–28 Aug 2025</p>
        <FormField label="As it was said" id="words" describedBy="preview" error="Say when">
          {(control) => <input {...control} />}
        </FormField>
      </>,
    );
    const input = screen.getByLabelText('As it was said');
    expect(input.id).toBe('words');
    expect(input).toHaveAttribute('aria-describedby', 'preview words-error');
    expect(input).toHaveAccessibleDescription('25–28 Aug 2025 Say when');
  });

  test('puts the hint before the control when asked, and uses the smaller label in a group', () => {
    render(
      <FormField label="Date" sublabel hintFirst hint="In Europe/Kyiv">
        {(control) => <input {...control} />}
      </FormField>,
    );
    const input = screen.getByLabelText('Date');
    const hint = screen.getByText('In Europe/Kyiv');
    expect(hint.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('Date')).toHaveClass('field-sublabel');
  });
});

describe('FieldGroup', () => {
  test('a fieldset named by its legend and described by its hint and error', () => {
    render(
      <FieldGroup legend="What happened?" className="field" hint="Pick one." error="Choose what happened" invalid>
        <label>
          <input type="radio" name="v" /> Fulfilled
        </label>
      </FieldGroup>,
    );
    const group = screen.getByRole('group', { name: 'What happened?' });
    expect(group).toHaveAccessibleDescription('Pick one. Choose what happened');
    expect(group).toHaveAttribute('aria-invalid', 'true');
  });

  test('without hint or error it has no description and is not invalid', () => {
    render(
      <FieldGroup legend="Published">
        <input aria-label="Date" />
      </FieldGroup>,
    );
    const group = screen.getByRole('group', { name: 'Published' });
    expect(group).not.toHaveAttribute('aria-describedby');
    expect(group).not.toHaveAttribute('aria-invalid');
  });
});
