// An invite link: who invited whom as what, then the new account.
import { createLazyRoute } from '@tanstack/react-router';
import { InviteView } from '@client/features/account/invite-view';
import { inviteRoute } from './route';

export const Route = createLazyRoute(inviteRoute.id)({ component: InviteView });
