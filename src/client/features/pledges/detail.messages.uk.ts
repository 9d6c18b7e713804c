import { translate } from '@shared/i18n';
import { detailWords } from './detail.messages';

export default {
  ...translate(detailWords, {
    pledged: 'Обіцяно {amount}',
    delivered: 'Надано',
    deliveredOf: 'Надано {delivered} із {total}',
    deliveredSoFar: 'Наразі надано {delivered} ({percent}%)',
    deliveries: 'Надходження',
    movedLater:
      'Переносили на пізніше {times, plural, one {# раз} few {# рази} many {# разів} other {# раза}}; спершу строк: {window}',
    movedLaterSince:
      'Переносили на пізніше {times, plural, one {# раз} few {# рази} many {# разів} other {# раза}} відтоді, як його встановили',
    evidenceFrom: 'Від {date} · Додано <time>{instant}</time>',
    evidenceAdded: 'Додано <time>{instant}</time>',
    to: 'кому:',
    facts: 'Факти',
    pledgedBy: 'Хто пообіцяв',
    pledgedTo: 'Кому пообіцяли',
    notNamed: 'Не вказано',
    guarantors: 'Гаранти',
    announced: 'Оголошено',
    zoneNote: 'Дати рахуються в часовому поясі {zone}.',
    deadline: 'Строк',
    fromWords: 'За словами «{text}»',
    happenedOn: 'Дата події',
    amount: 'Сума',
    tags: 'Теги',
    sources: 'Джерела',
    noSources: 'Джерел не записано.',
    evidence: 'Докази',
    noEvidenceYetAdd: 'Поки немає. Докази додають під час винесення вердикту або тут.',
    noEvidenceYet: 'Поки немає.',
    noEvidenceFor:
      '{verdict, select, fulfilled {Для вердикту «виконана» доказів не записано.} partially_fulfilled {Для вердикту «виконана частково» доказів не записано.} broken {Для вердикту «порушена» доказів не записано.} other {Для вердикту «відкликана» доказів не записано.}}',
    history: 'Історія',
  }),
};
