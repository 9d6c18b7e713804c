import { translate } from '@shared/i18n';
import { changeWords } from './change.messages';

export default {
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
};
