import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { api, ok } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { session } from '../session/store';
import { Field, fieldError, SubmitButton } from '../ui/parts';
import { LanguageSwitch } from '../ui/Layout';

function AuthFrame({ title, children }: { title: string; children: React.ReactNode }) {
  const { t } = useI18n();
  return (
    <main className="auth">
      <div className="auth-card">
        <div className="auth-brand">
          <span className="logo" aria-hidden="true">L</span>
          <div>
            <strong>Lyrox</strong>
            <p>{t('auth.tagline')}</p>
          </div>
          <LanguageSwitch />
        </div>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

function useLanding() {
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  return () => navigate(from && from !== '/login' ? from : '/', { replace: true });
}

export function LoginPage() {
  const { t } = useI18n();
  const land = useLanding();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/auth/login', { body: { email, password } })),
    onSuccess: (next) => {
      session.start(next);
      land();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <AuthFrame title={t('auth.login')}>
      <form onSubmit={submit} className="stack">
        <Field label={t('auth.email')} error={fieldError(login.error, 'email')}>
          <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <Field label={t('auth.password')} error={fieldError(login.error, 'password')}>
          <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <SubmitButton pending={login.isPending} label={t('auth.login')} />
      </form>
      <p className="muted">{t('auth.demo')}</p>
      <p>
        {t('auth.noAccount')} <Link to="/signup">{t('auth.signup')}</Link>
      </p>
    </AuthFrame>
  );
}

export function SignUpPage() {
  const { t } = useI18n();
  const land = useLanding();
  const [form, setForm] = useState({ name: '', companyName: '', email: '', password: '' });
  const signUp = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/auth/signup', { body: form })),
    onSuccess: (next) => {
      session.start(next);
      land();
    },
  });
  const change = (name: keyof typeof form) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate();
  };
  return (
    <AuthFrame title={t('auth.signup')}>
      <form onSubmit={submit} className="stack" noValidate>
        <Field label={t('auth.name')} error={fieldError(signUp.error, 'name')}>
          <input name="name" autoComplete="name" value={form.name} onChange={change('name')} />
        </Field>
        <Field label={t('auth.companyName')} error={fieldError(signUp.error, 'companyName')}>
          <input name="companyName" autoComplete="organization" value={form.companyName} onChange={change('companyName')} />
        </Field>
        <Field label={t('auth.email')} error={fieldError(signUp.error, 'email')}>
          <input type="email" name="email" autoComplete="username" value={form.email} onChange={change('email')} />
        </Field>
        <Field label={t('auth.password')} error={fieldError(signUp.error, 'password')}>
          <input type="password" name="password" autoComplete="new-password" value={form.password} onChange={change('password')} />
        </Field>
        <SubmitButton pending={signUp.isPending} label={t('auth.signup')} />
      </form>
      <p>
        {t('auth.haveAccount')} <Link to="/login">{t('auth.login')}</Link>
      </p>
    </AuthFrame>
  );
}

/** Joining a company with the invitation token an owner or admin shared (the link carries it). */
export function AcceptInvitePage() {
  const { t } = useI18n();
  const land = useLanding();
  const [params] = useSearchParams();
  const [form, setForm] = useState({ token: params.get('token') ?? '', name: '', password: '' });
  const accept = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/auth/accept-invite', { body: form })),
    onSuccess: (next) => {
      session.start(next);
      land();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate();
  };
  return (
    <AuthFrame title={t('auth.acceptInvite')}>
      <form onSubmit={submit} className="stack" noValidate>
        <Field label={t('auth.inviteToken')} error={fieldError(accept.error, 'token')}>
          <input name="token" value={form.token} onChange={(e) => setForm({ ...form, token: e.target.value })} />
        </Field>
        <Field label={t('auth.name')} error={fieldError(accept.error, 'name')}>
          <input name="name" autoComplete="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </Field>
        <Field label={t('auth.password')} error={fieldError(accept.error, 'password')}>
          <input type="password" name="password" autoComplete="new-password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
        </Field>
        <SubmitButton pending={accept.isPending} label={t('auth.acceptInvite')} />
      </form>
      <p>
        {t('auth.haveAccount')} <Link to="/login">{t('auth.login')}</Link>
      </p>
    </AuthFrame>
  );
}
