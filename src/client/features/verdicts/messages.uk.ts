import { translate } from '@shared/i18n';
import { verdictButtonWords, verdictHostWords } from './messages';

export default {
  ...translate(verdictButtonWords, {
    mark: 'Винести вердикт',
    change: 'Змінити вердикт',
    markFor: 'Винести вердикт для «{title}»',
    changeFor: 'Змінити вердикт для «{title}»',
  }),
  ...translate(verdictHostWords, {
    openFailed: 'Не вдалося відкрити форму вердикту',
    openFailedText:
      'Перевірте з’єднання і спробуйте ще раз (після оновлення застосунку допомагає перезавантаження сторінки).',
  }),
};
