// A link sent to a new email: confirming it, and what it changed.
import { createLazyRoute } from '@tanstack/react-router';
import { ConfirmEmailView } from '@client/features/account/confirm-email-view';
import { confirmEmailRoute } from './route';

export const Route = createLazyRoute(confirmEmailRoute.id)({ component: ConfirmEmailView });
