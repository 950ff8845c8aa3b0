import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { GraphQLRequestError, request } from '../../../graphql/client';
import { resetForNewSession } from '../../../graphql/query-client';
import { LoginMutation, LogoutMutation, MeQuery } from '../graphql/account.graphql';
import type { SessionUser } from '../utils/session';

export interface Session {
  /** `undefined` while the first `me` is loading. */
  readonly user: SessionUser | null | undefined;
  readonly login: (email: string, password: string) => Promise<SessionUser>;
  readonly logout: () => Promise<void>;
}

const SessionContext = createContext<Session>({
  user: null,
  login: () => Promise.reject(new GraphQLRequestError('Geen sessie')),
  logout: () => Promise.resolve(),
});

/**
 * The signed-in account (GraphQL `me`, httpOnly session cookie) for the whole app. Signing in or out drops every
 * cached answer (what the API shows depends on who asks: drafts only to staff), so a visitor never sees a staff
 * answer after a logout; what is on screen loads again as the new caller.
 */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const queryClient = useQueryClient();

  useEffect(() => {
    const controller = new AbortController();
    request(MeQuery, {}, { signal: controller.signal }).then(
      (data) => setUser(data.me ?? null),
      () => {
        if (!controller.signal.aborted) setUser(null);
      },
    );
    return () => controller.abort();
  }, []);

  const login = useCallback(
    async (email: string, password: string) => {
      const data = await request(LoginMutation, { email, password });
      void resetForNewSession(queryClient); // drops the answers at once; those on screen reload
      setUser(data.login);
      return data.login;
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    await request(LogoutMutation, {});
    void resetForNewSession(queryClient); // drops the answers at once; those on screen reload
    setUser(null);
  }, [queryClient]);

  const value = useMemo(() => ({ user, login, logout }), [user, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}
