import { translate } from '@shared/i18n';
import { fieldWords } from './field.messages';

export default {
  ...translate(fieldWords, {
    title: 'Назва',
    titleLanguage: 'Мова назви',
    titleTranslations: 'Назва іншими мовами',
    quote: 'Цитата',
    pledgers: 'Хто пообіцяв',
    beneficiaries: 'Кому',
    guarantors: 'Гаранти',
    announcedOn: 'Оголошено',
    timeZone: 'Часовий пояс',
    deadline: 'Строк',
    amount: 'Сума',
    tags: 'Теги',
    sources: 'Джерела',
    verdict: 'Вердикт',
    resolvedOn: 'Дата, коли це сталося',
    evidence: 'Докази',
    deliveries: 'Надходження',
    originalDeadline: 'Початковий строк',
    deadlineSlips: 'Скільки разів строк зсувався',
    deletedAt: 'У кошику з',
  }),
};
