import { translate } from '@shared/i18n';
import { changeWords, errorWords, timeWords, trashedWords } from './messages';

export default {
  ...translate(timeWords, {
    justNow: 'щойно',
    onInstant: '{instant}',
  }),
  ...translate(changeWords, {
    notSet: 'не вказано',
    quoted: '«{text}»',
    quotedCut: '«{text}…»',
    noDeadline: 'без строку',
    aDeadline: 'строк',
    none: 'немає',
    anAmount: 'сума',
    amount: '{total}, надано {delivered}',
    nobody: 'нікого',
    aLink: 'посилання',
    evidenceChanged: 'докази змінено',
    evidenceEdited: 'докази відредаговано',
    sourcesChanged: 'джерела змінено',
    sourcesEdited: 'джерела відредаговано',
    added: 'додано {items}',
    removed: 'вилучено {items}',
    slipped: 'перенесено з {from} на {to}',
    broughtForward: 'перенесено раніше: з {from} на {to}',
    deliveriesChanged: 'надходження змінено',
    deliveryCorrected: 'надходження виправлено',
    delivery: '{value} від {date}',
  }),
  ...translate(errorWords, {
    unexpected: 'Сталася непередбачена помилка.',
    network: 'Не вдалося зв’язатися із сервером. Перевірте з’єднання і спробуйте ще раз.',
    badResponse: 'Сервер надіслав відповідь, якої ця сторінка не розуміє.',
    status: 'Сервер відповів кодом {status}.',
    trashed: '{sentence} Щоб змінити її, відновіть її з кошика; історія збережена.',
    invalid_input: 'Частина надісланого некоректна.',
    not_found: 'Не знайдено. Можливо, це видалили або посилання містить помилку.',
    gone: 'Ця обіцянка в кошику. Щоб змінити її, відновіть її з кошика.',
    unauthenticated: 'Щоб це зробити, увійдіть.',
    forbidden: 'Вашому обліковому запису це не дозволено.',
    method_not_allowed: 'Сервер не дозволяє такий запит.',
    precondition_failed:
      'Хтось інший змінив це раніше. Перезавантажте сторінку, щоб побачити зміну, і спробуйте ще раз.',
    precondition_required:
      'Серверу потрібно знати, до якої версії ця зміна. Перезавантажте сторінку і спробуйте ще раз.',
    payload_too_large: 'Це завелике, щоб надіслати.',
    unsupported_media_type: 'Сервер не може прочитати надіслане.',
    rate_limited: 'Забагато спроб. Зачекайте трохи і спробуйте ще раз.',
    rateLimitedFor:
      'Забагато спроб. Спробуйте ще раз через {seconds, plural, one {# секунду} few {# секунди} many {# секунд} other {# секунди}}.',
    internal: 'На сервері сталася помилка. Спробуйте ще раз за хвилину.',
    unavailable: 'Сервер зараз не може відповісти. Спробуйте ще раз за хвилину.',
  }),
  ...translate(trashedWords, {
    byWhom: 'Цю обіцянку переміщено до кошика {when}; автор зміни — {name}.',
    someone: 'Цю обіцянку переміщено до кошика {when}.',
  }),
};
