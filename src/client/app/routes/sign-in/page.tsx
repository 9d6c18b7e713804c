// The sign-in page: the account feature's form, told where to go next.
import { createLazyRoute } from '@tanstack/react-router';
import { SignInView } from '@client/features/account/sign-in-view';
import { signInRoute } from './route';

function SignInPage() {
  const { next } = signInRoute.useSearch();
  return <SignInView next={next} />;
}

export const Route = createLazyRoute(signInRoute.id)({ component: SignInPage });
