import { AdminPage } from '../features/admin/components/AdminPage';

export default function AdminRoute() {
  return <AdminPage />;
}
