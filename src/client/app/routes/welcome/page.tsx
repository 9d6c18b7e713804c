// The owner's first sign-in link, then their email and password.
import { createLazyRoute } from '@tanstack/react-router';
import { WelcomeView } from '@client/features/account/welcome-view';
import { welcomeRoute } from './route';

export const Route = createLazyRoute(welcomeRoute.id)({ component: WelcomeView });
