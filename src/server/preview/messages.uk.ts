import { translate } from '@shared/i18n';
import { previewWords } from './messages';

export default translate(previewWords, {
  siteName: 'Трекер обіцянок',
  siteDescription: 'Стежте за публічними зобов’язаннями: хто що пообіцяв, кому і до коли.',
  or: '{first} або {second}',
  count: '{count, plural, one {# обіцянка} few {# обіцянки} many {# обіцянок} other {# обіцянки}}',
  countInState:
    '{count, plural, one {# обіцянка ({states})} few {# обіцянки ({states})} many {# обіцянок ({states})} other {# обіцянки ({states})}}',
  verdict: 'вердикт: {verdicts}',
  party: 'сторона: {party}',
  partyAs: 'сторона: {party} ({role})',
  pledger: 'хто обіцяє',
  beneficiary: 'кому обіцяно',
  guarantor: 'гарант',
  tag: 'тег: {tags}',
  deadlineBetween: 'строк: з {from} по {to}',
  matching: 'за запитом «{q}»',
  asOf: 'станом на {date}',
  allTitle: 'Усі обіцянки · {siteName}',
  allDescription: '{count} під наглядом: хто що пообіцяв, кому, до коли і чи дотримав слова.',
  viewDescription: '{parts}. Хто що пообіцяв, кому, до коли і чи дотримав слова.',
  pledgeTitle: '{title} — {when}',
  whenInState: '{window}, {state}',
  pledgedBy: 'Пообіцяли: {pledgers}.',
  pledgedByTo: 'Пообіцяли: {pledgers}; кому: {beneficiaries}.',
  verdictIs: 'Вердикт: {verdict}.',
});
