import { createBrowserRouter, type RouteObject } from 'react-router';
import { FullPageSpin } from '../components/full-page-spin';
import { AppLayout } from './layout/app-layout';
import { RequirePermission } from './require-permission';

// Pages load on first visit: antd and the app shell come first, each area's code when it is opened.
const routes: RouteObject[] = [
  {
    hydrateFallbackElement: <FullPageSpin />,
    children: [
      { path: '/login', lazy: async () => ({ Component: (await import('./routes/auth/login-page')).LoginPage }) },
      {
        path: '/change-password',
        lazy: async () => ({ Component: (await import('./routes/auth/change-password-page')).ChangePasswordPage }),
      },
      {
        path: '/',
        element: <AppLayout />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./routes/home/home-page')).HomePage }) },
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
