import { lazy } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AcceptInvitePage, LoginPage, SignUpPage } from './pages/Auth';
import { useSession } from './session/useSession';
import { Layout } from './ui/Layout';

// Pages load on first visit: the charts library, for one, only comes with the home page.
const HomePage = lazy(() => import('./pages/Home').then((module) => ({ default: module.HomePage })));
const InboxPage = lazy(() => import('./pages/Inbox').then((module) => ({ default: module.InboxPage })));
const CustomersPage = lazy(() => import('./pages/Customers').then((module) => ({ default: module.CustomersPage })));
const CustomerPage = lazy(() => import('./pages/CustomerPage').then((module) => ({ default: module.CustomerPage })));
const ProductsPage = lazy(() => import('./pages/Products').then((module) => ({ default: module.ProductsPage })));
const SalesPage = lazy(() => import('./pages/Sales').then((module) => ({ default: module.SalesPage })));
const KnowledgePage = lazy(() => import('./pages/Knowledge').then((module) => ({ default: module.KnowledgePage })));
const SettingsPage = lazy(() => import('./pages/Settings').then((module) => ({ default: module.SettingsPage })));
const CalendarPage = lazy(() => import('./pages/Calendar').then((module) => ({ default: module.CalendarPage })));
const BookingsPage = lazy(() => import('./pages/Bookings').then((module) => ({ default: module.BookingsPage })));
const ResourcesPage = lazy(() => import('./pages/Resources').then((module) => ({ default: module.ResourcesPage })));
const AnalyticsPage = lazy(() => import('./pages/Analytics').then((module) => ({ default: module.AnalyticsPage })));
const AssistantPage = lazy(() => import('./pages/Assistant').then((module) => ({ default: module.AssistantPage })));
const BillingPage = lazy(() => import('./pages/Billing').then((module) => ({ default: module.BillingPage })));
const SimulatorPage = lazy(() => import('./pages/Simulator').then((module) => ({ default: module.SimulatorPage })));

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
        <Route path="/calendar" element={<CalendarPage />} />
        <Route path="/analytics" element={<AnalyticsPage />} />
        <Route path="/assistant" element={<AssistantPage />} />
        <Route path="/billing" element={<BillingPage />} />
        <Route path="/bookings" element={<BookingsPage />} />
        <Route path="/resources" element={<ResourcesPage />} />
        <Route path="/knowledge" element={<KnowledgePage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="/simulator" element={<SimulatorPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
