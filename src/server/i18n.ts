// The server says messages compiled at run time: it may run with NODE_ENV=production, where
// Lingui would otherwise expect them compiled ahead, as the browser build's are.
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { compileMessagesAtRunTime } from '@shared/i18n';

compileMessagesAtRunTime(compileMessage);
