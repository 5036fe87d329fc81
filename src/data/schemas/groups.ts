/**
 * Dataset kind "groups" (JSON): a classification of areas, e.g. SKR's kommungrupper 2017. Each
 * group has a code, a name and its main group; each member names one area and its group.
 */
import * as z from "zod/mini";

import {
  identifierSchema,
  localTextSchema,
  nationalAreaCodeTextSchema,
  problem,
} from "./common";

const groupCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z0-9]{1,4}$/, problem("identifier")));

export const groupsFileSchema = z.object({
  classification: identifierSchema,
  groups: z
    .array(
      z.object({
        code: groupCodeSchema,
        name: localTextSchema,
        main: z.object({ code: groupCodeSchema, name: localTextSchema }),
      }),
    )
    .check(z.minLength(1, problem("required"))),
  members: z
    .array(
      z.object({ area: nationalAreaCodeTextSchema, group: groupCodeSchema }),
    )
    .check(z.minLength(1, problem("required"))),
});
export type GroupsFile = z.infer<typeof groupsFileSchema>;
