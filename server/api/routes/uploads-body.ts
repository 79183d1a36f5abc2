import type { Context } from 'hono';
import { CSV_COLUMNS } from '../../core/codes.ts';
import type { ColumnMapping } from '../../core/csv/header-aliases.ts';
import { ApiError } from '../errors.ts';

const SPREADSHEETS = /(pdf|msword|ms-excel|spreadsheetml|wordprocessingml|opendocument|zip|image\/)/i;
const TEXTUAL = /^(text\/(csv|plain|tab-separated-values)|application\/(csv|octet-stream)|)$/i;

/** Validates a column mapping sent by a steward: their header → one of the template's columns. */
export function checkMapping(value: unknown): ColumnMapping {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError(
      400,
      'invalid_mapping',
      `A column mapping is a JSON object from your header to a template column, such as {"Latitude (WGS84)": "lat"}; got ${JSON.stringify(value)?.slice(0, 100)}.`,
    );
  }
  const mappedFrom = new Map<string, string>();
  for (const [from, to] of Object.entries(value)) {
    // A header cell never holds a control character (a reader would have split or dropped it), and the store
    // cannot keep a NUL.
    if (from.trim() === '' || /\p{Cc}/u.test(from)) {
      throw new ApiError(
        400,
        'invalid_mapping',
        `Mapped header ${JSON.stringify(from)} is empty or holds a control character; expected the text of a column header of your file, such as "Latitude (WGS84)".`,
      );
    }
    const earlier = mappedFrom.get(String(to));
    if (earlier !== undefined) {
      throw new ApiError(
        400,
        'invalid_mapping',
        `Columns "${earlier}" and "${from}" are both mapped to "${String(to)}"; map each template column from one of your columns only.`,
      );
    }
    mappedFrom.set(String(to), from);
    if (!(CSV_COLUMNS as readonly string[]).includes(String(to))) {
      throw new ApiError(
        400,
        'invalid_mapping',
        `Column "${from}" is mapped to "${String(to)}", which is not a template column. Expected one of ${CSV_COLUMNS.join(', ')}.`,
      );
    }
  }
  return value as ColumnMapping;
}

/**
 * Reads the uploaded file from a `text/csv` body or a multipart `file` field, refusing office documents and
 * PDFs with a message that says to save as CSV.
 */
export async function readUploadBody(
  c: Context,
): Promise<{ bytes: Uint8Array; fileName: string; mapping?: ColumnMapping }> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (type === 'multipart/form-data') {
    const form = await c.req.parseBody({ all: true }).catch((e: Error) => {
      throw new ApiError(
        400,
        'malformed_multipart',
        `Expected a multipart/form-data body with the CSV in a field named "file"; this one could not be read (${e.message}), perhaps cut short. Send the file again, or send it as text/csv.`,
      );
    });
    const file = form.file;
    if (Array.isArray(file)) {
      throw new ApiError(
        400,
        'several_files',
        `Expected one CSV file in the "file" field; ${file.length} arrived. Upload them one at a time.`,
      );
    }
    if (!(file instanceof File)) {
      throw new ApiError(
        400,
        'missing_file',
        'Expected the CSV file in a multipart field named "file"; none arrived. Pick a file and try again.',
      );
    }
    if (SPREADSHEETS.test(file.type) || /\.(xlsx?|ods|pdf|docx?)$/i.test(file.name))
      notCsv(file.type || file.name);
    const mapping =
      typeof form.mapping === 'string' && form.mapping.trim()
        ? checkMapping(parseJson(form.mapping))
        : undefined;
    return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: cleanFileName(file.name), mapping };
  }
  if (SPREADSHEETS.test(type)) notCsv(type);
  if (!TEXTUAL.test(type)) {
    throw new ApiError(
      415,
      'unsupported_media_type',
      `Expected a CSV file sent as text/csv (or multipart/form-data with a "file" field); got Content-Type "${type}".`,
    );
  }
  const fileName = cleanFileName(c.req.query('file_name'));
  return { bytes: new Uint8Array(await c.req.arrayBuffer()), fileName };
}

/**
 * The file's name as the history will show it: without control characters (a NUL cannot even be stored) and at
 * most 200 characters. A label, not a path: nothing is ever written under it.
 */
function cleanFileName(name: string | undefined): string {
  const clean = (name ?? '')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 200);
  return clean || 'upload.csv';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(
      400,
      'invalid_mapping',
      `The "mapping" field must be JSON, such as {"Latitude (WGS84)": "lat"}; got ${text.slice(0, 100)}.`,
    );
  }
}

function notCsv(what: string): never {
  throw new ApiError(
    415,
    'not_csv',
    `This looks like a spreadsheet or document (${what}), not a CSV file. In your spreadsheet, use "Save as" → "CSV UTF-8 (comma delimited)" and upload that file.`,
  );
}
