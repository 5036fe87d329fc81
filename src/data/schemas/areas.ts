/** Dataset kind "areas" (JSON): the kommuner, the county and Sweden. */
import * as z from "zod/mini";

import { AREA_KINDS } from "@/domain/areas";

import { areaCodeTextSchema, problem } from "./common";

const areaSchema = z.object({
  code: areaCodeTextSchema,
  name: z.string().check(z.minLength(1, problem("required"))),
  shortName: z.string().check(z.minLength(1, problem("required"))),
  kind: z.enum(AREA_KINDS),
});

export const areasFileSchema = z.object({
  areas: z.array(areaSchema).check(z.minLength(1, problem("required"))),
});
