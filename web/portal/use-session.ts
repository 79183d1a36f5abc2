import { useState } from 'react';

export interface PortalSession {
  jurisdiction: string;
  token: string;
}

const KEY = 'pcsm.portal.session';

/** The steward's session, in sessionStorage only: it ends with the tab, and is never sent anywhere but our API. */
export function useSession() {
  const [session, setSession] = useState<PortalSession | null>(() => {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as PortalSession | null;
    } catch {
      return null;
    }
  });
  return {
    session,
    signIn: (s: PortalSession) => {
      sessionStorage.setItem(KEY, JSON.stringify(s));
      setSession(s);
    },
    signOut: () => {
      sessionStorage.removeItem(KEY);
      setSession(null);
    },
  };
}
