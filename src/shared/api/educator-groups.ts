import { z } from 'zod';
import { cardCodeSchema } from '../player-card/card-code';
import { avatarSchema } from './player-cards';

/** A group's id, as the server makes them: `grp-` and 16 hex digits. */
export const groupIdSchema = z.string().regex(/^grp-[0-9a-f]{16}$/, 'a group id looks like grp-0123456789abcdef');
export const groupParamsSchema = z.object({ groupId: groupIdSchema }).strict();

/** A group name as an educator types it: "5e B", "Club des vacances". Never a child's name. */
export const groupNameSchema = z.string().trim().min(1, 'give the group a name').max(80, 'a group name has at most 80 characters');

/** One group as the list shows it. `mine`: the caller owns it (may rename, share, delete, erase its cards). */
export const groupSummarySchema = z
  .object({
    id: groupIdSchema,
    name: z.string(),
    owner: z.string(),
    mine: z.boolean(),
    sharedWith: z.array(z.string()),
    cards: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .strict();
export type GroupSummary = z.infer<typeof groupSummarySchema>;

/** `GET /api/educator/groups`: the groups the caller owns or that are shared with them (an admin: all). */
export const groupListSchema = z.object({ groups: z.array(groupSummarySchema) }).strict();
export type GroupList = z.infer<typeof groupListSchema>;

/** `POST /api/educator/groups` (201 GroupSummary) and `PATCH /api/educator/groups/:groupId` (rename). */
export const groupBodySchema = z.object({ name: groupNameSchema }).strict();
export type GroupBody = z.input<typeof groupBodySchema>;

/** `PUT` / `DELETE /api/educator/groups/:groupId/shares/:login`: share with, or stop sharing with, an educator. */
export const shareParamsSchema = z.object({ groupId: groupIdSchema, login: z.string().trim().toLowerCase().min(1).max(40) }).strict();

/** One card of a group. The code is shown to the group's educators so they can print it again. */
export const groupMemberSchema = z
  .object({
    id: z.string(),
    pseudonym: z.string(),
    avatar: avatarSchema,
    code: z.string(),
    addedAt: z.iso.datetime(),
    rounds: z.number().int(),
    lastPlayedAt: z.iso.datetime().nullable(),
  })
  .strict();
export type GroupMember = z.infer<typeof groupMemberSchema>;

/** `GET /api/educator/groups/:groupId/members[?format=csv]`. */
export const groupMembersSchema = z.object({ group: groupSummarySchema, members: z.array(groupMemberSchema) }).strict();
export type GroupMembers = z.infer<typeof groupMembersSchema>;

/** `POST /api/educator/groups/:groupId/members`: adds an existing card by its code (201 GroupMember). */
export const addMemberBodySchema = z.object({ code: cardCodeSchema }).strict();
export type AddMemberBody = z.input<typeof addMemberBodySchema>;

export const memberParamsSchema = z.object({ groupId: groupIdSchema, cardId: z.string().min(1).max(64) }).strict();

/** The most cards one sheet makes: four pages of twelve. */
export const SHEET_MAX_CARDS = 48;

/** `POST /api/educator/groups/:groupId/cards`: makes `count` new cards in the group (201 NewCards). */
export const newCardsBodySchema = z
  .object({ count: z.number().int('count is a whole number').min(1).max(SHEET_MAX_CARDS, `at most ${SHEET_MAX_CARDS} cards at once`) })
  .strict();
export type NewCardsBody = z.input<typeof newCardsBodySchema>;

export const newCardsSchema = z
  .object({
    cards: z.array(z.object({ id: z.string(), pseudonym: z.string(), avatar: avatarSchema, code: z.string() }).strict()),
    /** The printable sheet of exactly these cards (HTML with print CSS, a QR of each code). */
    sheet: z.string(),
  })
  .strict();
export type NewCards = z.infer<typeof newCardsSchema>;

/**
 * `GET /api/educator/groups/:groupId/sheet[?cards=<id>,<id>]`: an HTML page, one card per cell
 * (pseudonym, avatar, code, QR of the code), A4 with print CSS; all the group's cards by default.
 */
export const sheetQuerySchema = z
  .object({
    cards: z
      .string()
      .max(64 * 65)
      .transform((list) => list.split(',').map((id) => id.trim()).filter(Boolean))
      .optional(),
  })
  .strict();
