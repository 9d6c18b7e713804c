// The sign-in page: the account feature's form, told where to go next.
import { createLazyRoute, getRouteApi } from '@tanstack/react-router';
import { SignInView } from '@client/features/account/sign-in-view';

const route = getRouteApi('/sign-in');

function SignInPage() {
  const { next } = route.useSearch();
  return <SignInView next={next} />;
}

export const Route = createLazyRoute('/sign-in')({ component: SignInPage });
