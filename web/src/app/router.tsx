import { createBrowserRouter, type RouteObject } from 'react-router';
import { FullPageSpin } from '../components/full-page-spin';
import { AppLayout } from './layout/app-layout';
import { RequireAccess } from './require-access';
import { RequirePermission } from './require-permission';
import { canUseIntegrity, canUseLedger, canUseProblems, canUsePublicRequests } from '../lib/permissions';
import { canUseLeave } from '../features/leave/leave-access';

// Pages load on first visit: antd and the app shell come first, each area's code when it is opened.
const routes: RouteObject[] = [
  {
    hydrateFallbackElement: <FullPageSpin />,
    children: [
      { path: '/login', lazy: async () => ({ Component: (await import('./routes/auth/login-page')).LoginPage }) },
      // Citizens follow their 群众诉求 by its lookup code: no account, outside the signed-in layout.
      { path: '/lookup', lazy: async () => ({ Component: (await import('./routes/public-requests/public-lookup-page')).PublicLookupPage }) },
      {
        path: '/change-password',
        lazy: async () => ({ Component: (await import('./routes/auth/change-password-page')).ChangePasswordPage }),
      },
      {
        path: '/',
        element: <AppLayout />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./routes/home/home-page')).HomePage }) },
          { path: 'catalogue', lazy: async () => ({ Component: (await import('./routes/catalogue/catalogue-page')).CataloguePage }) },
          { path: 'calendar', lazy: async () => ({ Component: (await import('./routes/calendar/calendar-page')).CalendarPage }) },
          {
            element: <RequirePermission permission="catalogue.write" />,
            children: [
              { path: 'catalogue/localise', lazy: async () => ({ Component: (await import('./routes/catalogue/localise-page')).LocalisePage }) },
            ],
          },
          {
            element: <RequireAccess allowed={canUseLedger} />,
            children: [
              { path: 'records', lazy: async () => ({ Component: (await import('./routes/records/records-list-page')).RecordsListPage }) },
              { path: 'records/new', lazy: async () => ({ Component: (await import('./routes/records/record-new-page')).RecordNewPage }) },
              {
                element: <RequirePermission permission="records.write" />,
                children: [
                  {
                    path: 'records/import',
                    lazy: async () => ({ Component: (await import('./routes/records/ledger-import-page')).LedgerImportPage }),
                  },
                ],
              },
              { path: 'records/:id', lazy: async () => ({ Component: (await import('./routes/records/record-detail-page')).RecordDetailPage }) },
              { path: 'records/:id/edit', lazy: async () => ({ Component: (await import('./routes/records/record-edit-page')).RecordEditPage }) },
            ],
          },
          {
            element: <RequireAccess allowed={(me) => !!me.personId} />,
            children: [{ path: 'my-duties', lazy: async () => ({ Component: (await import('./routes/compliance/my-duties-page')).MyDutiesPage }) }],
          },
          {
            element: <RequirePermission permission="records.read" />,
            children: [
              { path: 'compliance', lazy: async () => ({ Component: (await import('./routes/compliance/compliance-page')).CompliancePage }) },
              { path: 'compliance/city', lazy: async () => ({ Component: (await import('./routes/compliance/city-page')).CityPage }) },
              { path: 'programmes', lazy: async () => ({ Component: (await import('./routes/programmes/programmes-page')).ProgrammesPage }) },
            ],
          },
          {
            element: <RequirePermission permission="inspections.read" />,
            children: [
              { path: 'inspections', lazy: async () => ({ Component: (await import('./routes/inspections/inspections-page')).InspectionsPage }) },
              { path: 'inspections/:id', lazy: async () => ({ Component: (await import('./routes/inspections/inspection-detail-page')).InspectionDetailPage }) },
            ],
          },
          {
            element: <RequireAccess allowed={canUseProblems} />,
            children: [
              { path: 'problems', lazy: async () => ({ Component: (await import('./routes/inspections/problems-page')).ProblemsPage }) },
              { path: 'problems/:id', lazy: async () => ({ Component: (await import('./routes/inspections/problem-detail-page')).ProblemDetailPage }) },
            ],
          },
          {
            element: <RequirePermission permission="inspections.read" />,
            children: [{ path: 'cleanliness', lazy: async () => ({ Component: (await import('./routes/cleanliness/cleanliness-page')).CleanlinessPage }) }],
          },
          {
            element: <RequireAccess allowed={canUseLeave} />,
            children: [{ path: 'leave', lazy: async () => ({ Component: (await import('./routes/leave/leave-page')).LeavePage }) }],
          },
          {
            element: <RequireAccess allowed={canUsePublicRequests} />,
            children: [
              { path: 'public-requests', lazy: async () => ({ Component: (await import('./routes/public-requests/public-requests-page')).PublicRequestsPage }) },
              { path: 'public-requests/:id', lazy: async () => ({ Component: (await import('./routes/public-requests/public-request-detail-page')).PublicRequestDetailPage }) },
            ],
          },
          {
            element: <RequireAccess allowed={canUseIntegrity} />,
            children: [{ path: 'integrity', lazy: async () => ({ Component: (await import('./routes/integrity/integrity-page')).IntegrityPage }) }],
          },
          {
            element: <RequirePermission permission="tasks.read" />,
            children: [
              { path: 'tasks', lazy: async () => ({ Component: (await import('./routes/tasks/task-plans-page')).TaskPlansPage }) },
              { path: 'tasks/plans/:id', lazy: async () => ({ Component: (await import('./routes/tasks/task-plan-page')).TaskPlanPage }) },
            ],
          },
          {
            element: <RequirePermission permission="directives.read" />,
            children: [
              { path: 'directives', lazy: async () => ({ Component: (await import('./routes/directives/directives-page')).DirectivesPage }) },
              { path: 'directives/:id', lazy: async () => ({ Component: (await import('./routes/directives/directive-detail-page')).DirectiveDetailPage }) },
            ],
          },
          {
            element: <RequirePermission permission="directives.supervise" />,
            children: [
              { path: 'directives/board', lazy: async () => ({ Component: (await import('./routes/directives/directive-board-page')).DirectiveBoardPage }) },
              { path: 'directives/webhook', lazy: async () => ({ Component: (await import('./routes/directives/directive-webhook-page')).DirectiveWebhookPage }) },
            ],
          },
          {
            element: <RequirePermission permission="directives.read" />,
            children: [{ path: 'directive-reports', lazy: async () => ({ Component: (await import('./routes/directive-reports/directive-reports-page')).DirectiveReportsPage }) }],
          },
          {
            element: <RequirePermission permission="office.write" />,
            children: [{ path: 'office-outputs', lazy: async () => ({ Component: (await import('./routes/office-outputs/office-outputs-page')).OfficeOutputsPage }) }],
          },
          {
            element: <RequirePermission permission="org.read" />,
            children: [{ path: 'org/:tree', lazy: async () => ({ Component: (await import('./routes/org/org-page')).OrgPage }) }],
          },
          {
            element: <RequirePermission permission="people.read" />,
            children: [
              { path: 'people', lazy: async () => ({ Component: (await import('./routes/people/people-list-page')).PeopleListPage }) },
              {
                path: 'people/:id',
                lazy: async () => ({ Component: (await import('./routes/people/person-detail-page')).PersonDetailPage }),
              },
            ],
          },
          {
            element: <RequirePermission permission="people.import" />,
            children: [
              {
                path: 'roster/import',
                lazy: async () => ({ Component: (await import('./routes/roster/roster-import-page')).RosterImportPage }),
              },
            ],
          },
          {
            element: <RequirePermission permission="users.read" />,
            children: [
              { path: 'users', lazy: async () => ({ Component: (await import('./routes/access/users-page')).UsersPage }) },
              { path: 'roles', lazy: async () => ({ Component: (await import('./routes/access/roles-page')).RolesPage }) },
            ],
          },
          {
            element: <RequirePermission permission="audit.read" />,
            children: [{ path: 'audit', lazy: async () => ({ Component: (await import('./routes/audit/audit-page')).AuditPage }) }],
          },
          { path: '*', lazy: async () => ({ Component: (await import('./routes/not-found-page')).NotFoundPage }) },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
