import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Layout } from './ui/Layout';
import { useSession } from './session/useSession';
import { LoginPage, SignUpPage } from './pages/Auth';
import { InboxPage } from './pages/Inbox';
import { SimulatorPage } from './pages/Simulator';

export function App() {
  const signedIn = Boolean(useSession());
  const location = useLocation();
  if (!signedIn) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/signup" element={<SignUpPage />} />
        <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname + location.search }} />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/inbox" element={<InboxPage />} />
        <Route path="/inbox/:id" element={<InboxPage />} />
        <Route path="/simulator" element={<SimulatorPage />} />
        <Route path="*" element={<Navigate to="/inbox" replace />} />
      </Route>
    </Routes>
  );
}
