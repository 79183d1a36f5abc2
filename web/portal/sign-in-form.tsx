import { type FormEvent, useState } from 'react';
import { useJurisdictions } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { failureText } from './failure-text.ts';
import { whoami } from './portal-api.ts';
import type { PortalSession } from './use-session.ts';

export function SignInForm({ onSignIn }: { onSignIn: (s: PortalSession) => void }) {
  const { t, pick } = useI18n();
  const jurisdictions = useJurisdictions().data ?? [];
  const [jurisdiction, setJurisdiction] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await whoami(token.trim(), jurisdiction);
      onSignIn({ jurisdiction, token: token.trim() });
    } catch (err) {
      setError(t('portal.signInFailed', { message: failureText(err, t) }));
    }
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t('portal.signIn')}</h2>
      <label htmlFor="portal-jurisdiction">{t('portal.jurisdiction')}</label>
      <select
        id="portal-jurisdiction"
        required
        value={jurisdiction}
        onChange={(e) => setJurisdiction(e.target.value)}
      >
        <option value="" />
        {jurisdictions.map((j) => (
          <option key={j.id} value={j.id}>
            {pick(j)}
          </option>
        ))}
      </select>
      <label htmlFor="portal-token">{t('portal.token')}</label>
      <input
        id="portal-token"
        type="password"
        autoComplete="off"
        required
        value={token}
        onChange={(e) => setToken(e.target.value)}
        aria-describedby="portal-token-help"
      />
      <p id="portal-token-help" className="help">
        {t('portal.tokenHelp')}
      </p>
      {error && (
        <p className="banner warning" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        {t('portal.signIn')}
      </button>
    </form>
  );
}
