// The reader's translator at the moment of use, for plain .ts code called without one (a default
// for a `t` parameter). Never captured at module load: the language may change at any time.
import type { Translate } from '@shared/i18n';
import { useLanguage } from '@client/i18n/language';

export const currentT = (): Translate => useLanguage.getState().t;
