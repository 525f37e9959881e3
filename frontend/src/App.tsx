import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Layout } from './ui/Layout';
import { useSession } from './session/useSession';
import { AcceptInvitePage, LoginPage, SignUpPage } from './pages/Auth';
import { InboxPage } from './pages/Inbox';
import { SimulatorPage } from './pages/Simulator';
import { ProductsPage } from './pages/Products';
import { HomePage } from './pages/Home';
import { SettingsPage } from './pages/Settings';
import { KnowledgePage } from './pages/Knowledge';
import { SalesPage } from './pages/Sales';
import { CustomersPage } from './pages/Customers';
import { CustomerPage } from './pages/CustomerPage';

export function App() {
  const signedIn = Boolean(useSession());
  const location = useLocation();
  if (!signedIn) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/signup" element={<SignUpPage />} />
        <Route path="/accept-invite" element={<AcceptInvitePage />} />
        <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname + location.search }} />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/" element={<HomePage />} />
        <Route path="/inbox" element={<InboxPage />} />
        <Route path="/inbox/:id" element={<InboxPage />} />
        <Route path="/customers" element={<CustomersPage />} />
        <Route path="/customers/:id" element={<CustomerPage />} />
        <Route path="/products" element={<ProductsPage />} />
        <Route path="/sales" element={<SalesPage />} />
        <Route path="/knowledge" element={<KnowledgePage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="/simulator" element={<SimulatorPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
