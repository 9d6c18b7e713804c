// An invite link: who invited whom as what, then the new account.
import { createLazyRoute } from '@tanstack/react-router';
import { InviteView } from '@client/features/account/invite-view';

export const Route = createLazyRoute('/invite')({ component: InviteView });
