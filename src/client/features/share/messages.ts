import { defineMessages } from '@shared/i18n';

export const shareWords = defineMessages('share', {
  group: 'Share this view',
  copyLink: 'Copy link',
  share: 'Share…',
  copied: 'Link copied',
  copiedBody: 'Anyone who opens it sees this view.',
  notCopied: 'The link could not be copied',
  notCopiedBody: 'Copy it from here: {url}',
});
