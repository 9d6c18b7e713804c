import { translate } from '@shared/i18n';
import { shareWords } from './messages';

export default translate(shareWords, {
  group: 'Поділитися цим виглядом',
  copyLink: 'Копіювати посилання',
  share: 'Поділитися…',
  copied: 'Посилання скопійовано',
  copiedBody: 'Кожен, хто його відкриє, побачить саме цей вигляд.',
  notCopied: 'Не вдалося скопіювати посилання',
  notCopiedBody: 'Скопіюйте його звідси: {url}',
});
