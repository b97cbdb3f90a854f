import { z } from 'zod';

/**
 * The educator API's sign-in (docs/educator-guide.md, "The dashboard's API"). The session lives in
 * an HttpOnly, SameSite=Strict cookie the browser keeps by itself; every POST, PATCH, PUT and
 * DELETE also sends the CSRF token these answers give, in the `x-csrf-token` header.
 */

export const EDUCATOR_ROLES = ['educator', 'admin'] as const;
export const educatorRoleSchema = z.enum(EDUCATOR_ROLES);
export type EducatorRoleName = z.infer<typeof educatorRoleSchema>;

export const educatorViewSchema = z.object({ login: z.string(), role: educatorRoleSchema }).strict();
export type EducatorView = z.infer<typeof educatorViewSchema>;

/**
 * `GET /api/educator/session` (public): who is signed in on this browser, if anyone, and the CSRF
 * token for the next request. The dashboard calls it first.
 */
export const educatorSessionSchema = z.object({ educator: educatorViewSchema.nullable(), csrfToken: z.string().min(1) }).strict();
export type EducatorSession = z.infer<typeof educatorSessionSchema>;

/** `POST /api/educator/session` (public, CSRF token required): signs in; answers an EducatorSession. */
export const signInBodySchema = z
  .object({
    login: z.string().trim().toLowerCase().min(1, 'give your login').max(40),
    password: z.string().min(1, 'give your password').max(256),
  })
  .strict();
export type SignInBody = z.input<typeof signInBodySchema>;

/** `GET /api/educator/me` (educator): the signed-in account. */
export const meSchema = z.object({ educator: educatorViewSchema }).strict();
export type Me = z.infer<typeof meSchema>;

/** `GET /api/educator/educators` (educator): the accounts a group can be shared with; admins also see dates. */
export const educatorListSchema = z
  .object({
    educators: z.array(
      educatorViewSchema.extend({ createdAt: z.iso.datetime().optional(), groups: z.number().int().optional() }).strict(),
    ),
  })
  .strict();
export type EducatorList = z.infer<typeof educatorListSchema>;

/** `GET /api/educator/settings` (admin): what the centre is set to keep, read from its environment. */
export const educatorSettingsSchema = z
  .object({
    retentionDays: z.number().int(),
    sessionHours: z.number(),
    timeZone: z.string(),
  })
  .strict();
export type EducatorSettings = z.infer<typeof educatorSettingsSchema>;
