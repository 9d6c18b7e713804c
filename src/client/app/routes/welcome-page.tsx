// The owner's first sign-in link, then their email and password.
import { createLazyRoute } from '@tanstack/react-router';
import { WelcomeView } from '@client/features/account/welcome-view';

export const Route = createLazyRoute('/welcome')({ component: WelcomeView });
