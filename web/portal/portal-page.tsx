import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useJurisdictions } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { DiffView } from './diff-view.tsx';
import { ErrorTable } from './error-table.tsx';
import { MappingEditor } from './mapping-editor.tsx';
import { ApiFailure, type UploadResult, uploadFile, whoami } from './portal-api.ts';
import { SignInForm } from './sign-in-form.tsx';
import { UploadForm } from './upload-form.tsx';
import { UploadSummary } from './upload-summary.tsx';
import { useSession } from './use-session.ts';
import { VersionHistory } from './version-history.tsx';

/** The data steward's workspace: sign in, upload, preview, publish, history. */
export function PortalPage() {
  const { t, pick, lang } = useI18n();
  const { session, signIn, signOut } = useSession();
  const jurisdictions = useJurisdictions().data ?? [];
  const queryClient = useQueryClient();
  const [upload, setUpload] = useState<{ result: UploadResult; file: File } | null>(null);
  const jurisdiction = jurisdictions.find((j) => j.id === session?.jurisdiction);
  const [ended, setEnded] = useState(false);
  // A session kept in the tab may hold a token revoked since: checked once, and ended plainly if so.
  // biome-ignore lint/correctness/useExhaustiveDependencies: checked when the page opens with a session
  useEffect(() => {
    if (!session) return;
    whoami(session.token, session.jurisdiction).catch((e: unknown) => {
      if (e instanceof ApiFailure && (e.status === 401 || e.status === 403)) {
        setUpload(null);
        signOut();
        setEnded(true);
      }
    });
  }, []);
  // Just signed in, the focus goes to the workspace's first step instead of falling back to the page (not when a
  // reload finds the session already there).
  const signedIn = session !== null;
  const wasSignedIn = useRef(signedIn);
  useEffect(() => {
    if (signedIn && !wasSignedIn.current) document.getElementById('upload-title')?.focus();
    wasSignedIn.current = signedIn;
  }, [signedIn]);
  // Headers to offer in the mapping editor: all of them when none was recognised, else the ignored ones.
  const issues = upload ? [...upload.result.errors, ...upload.result.warnings] : [];
  const noHeader = issues.some((e) => e.code === 'required' && e.row === 1);
  const unmapped =
    upload && (noHeader || issues.some((e) => e.code === 'unknown_column'))
      ? (upload.result.header ?? []).filter((h) => noHeader || issues.some((e) => e.column === h))
      : [];

  return (
    <article className="page portal">
      <h1>{t('portal.title')}</h1>
      <p>{t('portal.intro')}</p>
      {!session ? (
        <>
          {ended && (
            <p className="banner warning" role="alert">
              {t('portal.sessionEnded')}
            </p>
          )}
          <SignInForm
            onSignIn={(s) => {
              setEnded(false);
              signIn(s);
            }}
          />
        </>
      ) : (
        <>
          <p className="signed-in">
            {t('portal.signedIn', { name: jurisdiction ? pick(jurisdiction) : session.jurisdiction })}{' '}
            <button
              type="button"
              onClick={() => {
                setUpload(null);
                signOut();
              }}
            >
              {t('portal.signOut')}
            </button>
          </p>
          <UploadForm
            session={session}
            onStart={() => setUpload(null)}
            onResult={(result, file) => setUpload({ result, file })}
          />
          {upload && unmapped.length > 0 && (
            <MappingEditor
              session={session}
              headers={unmapped}
              onSaved={() =>
                uploadFile(session.token, session.jurisdiction, upload.file, lang, () => {}).then((result) =>
                  setUpload({ result, file: upload.file }),
                )
              }
            />
          )}
          {upload && (
            <UploadSummary
              key={`summary-${upload.result.id}`}
              session={session}
              result={upload.result}
              onPublished={() => void queryClient.invalidateQueries()}
            />
          )}
          {issues.length > 0 && (
            <div className="card">
              <ErrorTable issues={issues} />
            </div>
          )}
          {upload && (
            <DiffView key={`diff-${upload.result.id}`} session={session} uploadId={upload.result.id} />
          )}
          <VersionHistory session={session} />
          <section className="card" aria-labelledby="downloads-title">
            <h2 id="downloads-title">{t('portal.downloads')}</h2>
            <ul>
              <li>
                <a href={`/api/v1/export.csv?jurisdiction=${session.jurisdiction}`} download>
                  {t('portal.downloadCurrent')}
                </a>
              </li>
              <li>
                <a href="/api/v1/template.csv" download>
                  {t('portal.downloadTemplate')}
                </a>
              </li>
            </ul>
          </section>
        </>
      )}
    </article>
  );
}
