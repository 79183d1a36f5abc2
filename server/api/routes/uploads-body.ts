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
  for (const [from, to] of Object.entries(value)) {
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
    const form = await c.req.parseBody();
    const file = form.file;
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
    return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name || 'upload.csv', mapping };
  }
  if (SPREADSHEETS.test(type)) notCsv(type);
  if (!TEXTUAL.test(type)) {
    throw new ApiError(
      415,
      'unsupported_media_type',
      `Expected a CSV file sent as text/csv (or multipart/form-data with a "file" field); got Content-Type "${type}".`,
    );
  }
  const fileName = c.req.query('file_name') ?? 'upload.csv';
  return { bytes: new Uint8Array(await c.req.arrayBuffer()), fileName };
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
