// The detail page combines the pledge, its history and the verdict action.
import { useIsMutating, useQuery } from '@tanstack/react-query';
import { createLazyRoute, Link } from '@tanstack/react-router';
import { isPledgeId } from '@shared/contract';
import { ErrorState } from '@client/components/error-state';
import { SkeletonLine } from '@client/components/skeleton';
import { HistoryTimeline } from '@client/features/history/history-timeline';
import { DeliveryActions, DeliveryEditor } from '@client/features/keeping/delivery-editor';
import { EvidenceActions, EvidenceEditor } from '@client/features/keeping/evidence-editor';
import { TrashButton } from '@client/features/keeping/trash-button';
import { TrashedNotice } from '@client/features/keeping/trashed-notice';
import { PledgeDetail } from '@client/features/pledges/pledge-detail';
import { MarkVerdictButton } from '@client/features/verdicts/mark-verdict-button';
import { errorMessage, isApiError } from '@client/lib/api-client';
import { pledgeDetailOptions } from '@client/lib/endpoints/pledge-detail';
import { now } from '@client/lib/clock';
import { useCan } from '@client/lib/session';
import { verdictMutationKey } from '@client/lib/query-keys';
import { useDocumentTitle } from '@client/lib/use-document-title';
import { paths } from '@client/app/paths';
import { BackToList } from '../back-to-list';
import { stateWords } from '@client/components/messages';
import { commonWords } from '@client/components/common.messages';
import { useT } from '@client/i18n/language';
import { notFoundWords } from '../not-found.messages';
import { pledgePageWords } from './messages';
import { NotFoundPage } from '../not-found';
import { pledgeRoute } from './route';

function DetailSkeleton() {
  const t = useT();
  return (
    <div className="detail-skeleton" aria-busy="true">
      <p className="visually-hidden" role="status">
        {t(pledgePageWords.loading)}
      </p>
      <SkeletonLine width="12rem" size="sm" />
      <SkeletonLine width="70%" size="lg" />
      <SkeletonLine width="40%" />
      <SkeletonLine width="90%" />
      <SkeletonLine width="85%" />
    </div>
  );
}

function SavingStatus({ id }: { id: string }) {
  const saving = useIsMutating({ mutationKey: verdictMutationKey(id) });
  const t = useT();
  return (
    <span className="saving-status" role="status">
      {saving ? t(stateWords.saving) : ''}
    </span>
  );
}

function PledgePage() {
  const { id } = pledgeRoute.useParams();
  const validId = isPledgeId(id);
  const query = useQuery({ ...pledgeDetailOptions(id), enabled: validId });
  const can = useCan();
  const t = useT();
  useDocumentTitle(
    query.data?.title ?? t(validId && !query.isError ? pledgePageWords.title : notFoundWords.pledgeTitle),
  );

  if (!validId || (isApiError(query.error) && query.error.status === 404)) return <NotFoundPage kind="pledge" />;
  if (isApiError(query.error) && query.error.status === 410)
    return <TrashedNotice id={id} trashed={query.error.trashed} canRestore={can.edit} />;

  return (
    <>
      <BackToList />
      {query.data ? (
        <PledgeDetail
          pledge={query.data}
          nowMs={now()}
          // Every control that changes the record is an editor's; readers get the record alone.
          actions={
            can.edit ? (
              <>
                <MarkVerdictButton pledge={query.data} />
                <Link to={paths.editPledge} params={{ id }} className="button">
                  {t(commonWords.edit)}
                </Link>
                <TrashButton pledge={query.data} />
              </>
            ) : undefined
          }
          status={<SavingStatus id={id} />}
          history={<HistoryTimeline pledgeId={id} canRevert={can.edit} />}
          amountTools={can.edit ? <DeliveryEditor pledge={query.data} /> : undefined}
          deliveryActions={
            can.edit ? (delivery) => <DeliveryActions pledge={query.data} delivery={delivery} /> : undefined
          }
          evidenceTools={can.edit ? <EvidenceEditor pledge={query.data} /> : undefined}
          evidenceActions={can.edit ? (index) => <EvidenceActions pledge={query.data} index={index} /> : undefined}
        />
      ) : query.isError ? (
        <ErrorState
          level={1}
          title={t(pledgePageWords.failed)}
          message={errorMessage(query.error)}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <DetailSkeleton />
      )}
    </>
  );
}

export const Route = createLazyRoute(pledgeRoute.id)({ component: PledgePage });
