/** The data portal's calls to the API. Every one sends the steward's upload token. */

import type { RowIssue } from '../../server/core/schemas.ts';
import type { SuspiciousChange } from '../../server/core/suspicious.ts';
import type { Lang } from '../i18n/i18n.tsx';

export type { RowIssue, SuspiciousChange };

export interface UploadResult {
  id: string;
  status: string;
  file_name: string;
  header?: string[];
  /** The row from which the file could not be read, or null: such an upload cannot be published. */
  unreadable_from: number | null;
  summary: {
    rows: number;
    valid: number;
    rejected: number;
    warnings: number;
    added: number;
    changed: number;
    removed: number;
    unchanged: number;
  };
  errors: RowIssue[];
  warnings: RowIssue[];
  diff?: { added: string[]; changed: { id: string; fields: string[]; moved_m: number }[]; removed: string[] };
  suspicious: SuspiciousChange[];
  needs_confirmation: boolean;
}

export interface Version {
  version: number;
  published_at: string;
  published_by: string;
  /** The publishing token's label: the API gives it to the jurisdiction's own token only. */
  published_by_label?: string;
  file_name: string;
  summary: Record<string, unknown>;
  restored_from: number | null;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The error's `details`, when the API sent any (the size limit of a 413). */
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const base = () => `${window.location.origin}/api/v1/jurisdictions`;

async function call<T>(token: string, path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${base()}${path}`, {
    ...init,
    headers: { ...init.headers, Authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as T;
}

/** The API's refusal, from its error body (or the bare status when it has none). */
async function failure(res: Response): Promise<ApiFailure> {
  const body = (await res.json().catch(() => null)) as {
    error?: { code?: string; message?: string; details?: unknown };
  } | null;
  return new ApiFailure(
    res.status,
    body?.error?.code ?? 'error',
    body?.error?.message ?? `HTTP ${res.status}`,
    body?.error?.details,
  );
}

export const whoami = (token: string, jurisdiction: string) =>
  call<{ token_id: string }>(token, `/${jurisdiction}/whoami`);

export const publishUpload = (token: string, jurisdiction: string, uploadId: string, confirm: boolean) =>
  call<Version>(token, `/${jurisdiction}/uploads/${uploadId}/publish${confirm ? '?confirm=true' : ''}`, {
    method: 'POST',
  });

export const restoreVersion = (token: string, jurisdiction: string, version: number) =>
  call<Version>(token, `/${jurisdiction}/versions/${version}/restore`, { method: 'POST' });

/**
 * The saved mapping with `edited` added: an edited header replaces its own entry, and one mapped to a template column
 * another header had replaces that one (each column comes from one header). The rest stays: a new file's extra
 * column must not undo the headers mapped for the last one.
 */
export function mergedMapping(
  saved: Record<string, string>,
  edited: Record<string, string>,
): Record<string, string> {
  const taken = new Set(Object.values(edited));
  const kept = Object.entries(saved).filter(([from, to]) => !(from in edited) && !taken.has(to));
  return { ...Object.fromEntries(kept), ...edited };
}

/** Adds `edited` to the jurisdiction's saved mapping (see `mergedMapping`). */
export async function saveMapping(token: string, jurisdiction: string, edited: Record<string, string>) {
  const { mapping: saved } = await call<{ mapping: Record<string, string> }>(
    token,
    `/${jurisdiction}/mapping`,
  );
  return call<{ mapping: Record<string, string> }>(token, `/${jurisdiction}/mapping`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ mapping: mergedMapping(saved, edited) }),
  });
}

export const diffGeojson = (token: string, jurisdiction: string, uploadId: string) =>
  call<GeoJSON.FeatureCollection>(token, `/${jurisdiction}/uploads/${uploadId}/diff.geojson`);

/** The history, with the token as a public read that names the publishing tokens by their labels. */
export const versions = (token: string, jurisdiction: string) =>
  call<{ published_version: number | null; versions: Version[] }>(token, `/${jurisdiction}/versions`);

/**
 * Uploads with XMLHttpRequest, the one browser API that reports upload progress. `lang`: the language the server
 * writes the row issues in.
 */
export function uploadFile(
  token: string,
  jurisdiction: string,
  file: File,
  lang: Lang,
  onProgress: (fraction: number) => void,
): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${base()}/${jurisdiction}/uploads?lang=${lang}`);
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => {
      const body = JSON.parse(xhr.responseText || 'null') as
        | (UploadResult & { error?: { code: string; message: string; details?: unknown } })
        | null;
      if (xhr.status === 201 && body) resolve(body);
      else
        reject(
          new ApiFailure(
            xhr.status,
            body?.error?.code ?? 'error',
            body?.error?.message ?? `HTTP ${xhr.status}`,
            body?.error?.details,
          ),
        );
    };
    xhr.onerror = () => reject(new ApiFailure(0, 'network', 'network error'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Fetches the error report with the token and hands it to the browser as a download. */
export async function downloadErrorReport(
  token: string,
  jurisdiction: string,
  uploadId: string,
  fileName: string,
) {
  const res = await fetch(`${base()}/${jurisdiction}/uploads/${uploadId}/errors.csv`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw await failure(res);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `errors-${fileName}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
