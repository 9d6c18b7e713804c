// The route table: every page's path, in one place.
export const paths = {
  home: '/',
  pledge: '/pledges/$id',
  newPledge: '/pledges/new',
  editPledge: '/pledges/$id/edit',
  trash: '/trash',
  intake: '/intake',
  parties: '/parties',
  savedView: '/v/$slug',
} as const;
