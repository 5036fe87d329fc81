/** Dataset kind "areas" (JSON): the kommuner, the county and Sweden (every county: national). */
import * as z from "zod/mini";

import { AREA_KINDS } from "@/domain/areas";

import {
  areaCodeTextSchema,
  nationalAreaCodeTextSchema,
  problem,
} from "./common";

const areasFile = (code: typeof areaCodeTextSchema) =>
  z.object({
    areas: z
      .array(
        z.object({
          code,
          name: z.string().check(z.minLength(1, problem("required"))),
          shortName: z.string().check(z.minLength(1, problem("required"))),
          kind: z.enum(AREA_KINDS),
        }),
      )
      .check(z.minLength(1, problem("required"))),
  });

export const areasFileSchema = areasFile(areaCodeTextSchema);
/** The areas of a national dataset (coverage "sweden"). */
export const nationalAreasFileSchema = areasFile(nationalAreaCodeTextSchema);
