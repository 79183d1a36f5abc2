import { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import { errorBody } from './errors.ts';

/** Turns zod issues into our error body: the message names the parameter, the expected form and what arrived. */
export function validationMessage(
  issues: z.core.$ZodIssue[],
  repeated: ReadonlySet<string> = new Set(),
): string {
  return issues
    .map((i) => {
      const key = String(i.path[0] ?? '');
      // `?lat=45&lat=46` reaches the schema as a list, which it calls a missing or mistyped value.
      if (repeated.has(key))
        return `Parameter ${key} is given more than once: expected it once (a filter takes several values as one comma-separated list, such as level=federal,provincial).`;
      if (i.code === 'unrecognized_keys') {
        return `Unknown parameter ${i.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against the API description (/api/v1/openapi.json).`;
      }
      const where = i.path.join('.');
      return i.code === 'custom' || i.message.includes(where) ? i.message : `${where}: ${i.message}`;
    })
    .join(' ');
}

/** A sub-app whose validation failures answer 400 in the API's error format. */
export function subApp() {
  return new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues;
        const keys = [...new URL(c.req.url).searchParams.keys()];
        const repeated = new Set(keys.filter((k, i) => keys.indexOf(k) !== i));
        return c.json(
          errorBody(
            'invalid_parameter',
            validationMessage(issues, repeated),
            issues.map((i) => ({ parameter: i.path.join('.'), message: i.message })),
          ),
          400,
        );
      }
    },
  });
}
