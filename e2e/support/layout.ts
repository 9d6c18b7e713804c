import { expect, type Locator } from '@playwright/test';

/**
 * Fails when a select is too narrow for one of its choices: the text of each option, in the
 * select's own font, must fit between its paddings (a closed select clips what does not fit,
 * and no scroll width tells).
 */
export async function expectSelectShowsEveryChoice(select: Locator): Promise<void> {
  const clipped = await select.evaluate((element: HTMLSelectElement) => {
    const style = getComputedStyle(element);
    const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return [...element.options]
      .map((option) => ({ text: option.text, width: Math.ceil(context.measureText(option.text).width) }))
      .filter((option) => option.width > room)
      .map((option) => `“${option.text}” needs ${option.width}px, has ${Math.floor(room)}px`);
  });
  expect(clipped, 'choices cut off by a narrow select').toEqual([]);
}
