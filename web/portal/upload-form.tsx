import { type DragEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { failureText } from './failure-text.ts';
import { type UploadResult, uploadFile } from './portal-api.ts';
import type { PortalSession } from './use-session.ts';

/** Drag-and-drop or pick a file; shows upload progress, then a busy state while the server checks it. */
export function UploadForm({
  session,
  onStart,
  onResult,
}: {
  session: PortalSession;
  /** A new file is on its way: the last one's summary no longer describes anything (a refused PDF left it up). */
  onStart: () => void;
  onResult: (r: UploadResult, file: File) => void;
}) {
  const { t, n, lang } = useI18n();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const send = async (file: File) => {
    onStart();
    setError(null);
    setProgress(0);
    try {
      onResult(await uploadFile(session.token, session.jurisdiction, file, lang, setProgress), file);
    } catch (e) {
      setError(t('portal.uploadFailed', { message: failureText(e, t) }));
    } finally {
      setProgress(null);
    }
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void send(file);
  };

  return (
    <section className="card" aria-labelledby="upload-title">
      <h2 id="upload-title" tabIndex={-1}>
        {t('portal.upload')}
      </h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the file button inside is the keyboard path */}
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p>{t('portal.dropHint')}</p>
        <label className="file-button">
          {t('portal.chooseFile')}
          <input
            type="file"
            accept=".csv,.txt,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void send(file);
              e.target.value = '';
            }}
          />
        </label>
        <p className="help">{t('portal.formats')}</p>
      </div>
      <div aria-live="polite">
        {progress !== null && progress < 1 && (
          <>
            <label htmlFor="upload-progress">
              {t('portal.uploading', { percent: n(Math.round(progress * 100)) })}
            </label>
            <progress id="upload-progress" max={1} value={progress} />
          </>
        )}
        {progress === 1 && (
          <>
            <label htmlFor="validate-progress">{t('portal.validating')}</label>
            <progress id="validate-progress" />
          </>
        )}
      </div>
      {error && (
        <p className="banner warning" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
