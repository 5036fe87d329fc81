/** Dataset kind "indicators" (JSON): the indicator catalogue. */
import * as z from "zod/mini";

import {
  BREAK_KINDS,
  COUNTERPART_RELATIONS,
  FORMAT_TAGS,
  POLARITIES,
  SCOPES,
  THEMES,
  UNITS,
} from "@/domain/indicators";

import {
  areaCodeTextSchema,
  identifierSchema,
  localTextSchema,
  periodSchema,
  problem,
} from "./common";

const perCapitaSchema = z.object({
  populationDataset: identifierSchema,
  populationIndicator: identifierSchema,
  populationPeriod: periodSchema,
  populationPeriodLabel: z.optional(localTextSchema),
  format: z.enum(FORMAT_TAGS),
});

const breakdownLabelSchema = z.object({
  sv: z.string().check(z.minLength(1, problem("required"))),
  en: z.string().check(z.minLength(1, problem("required"))),
  group: z.optional(z.string()),
});

const breakSchema = z.object({
  kind: z.enum(BREAK_KINDS),
  period: periodSchema,
  quote: z.string().check(z.minLength(1, problem("required"))),
});

const indicatorSchema = z.object({
  id: identifierSchema,
  label: localTextSchema,
  theme: z.enum(THEMES),
  unit: z.enum(UNITS),
  format: z.enum(FORMAT_TAGS),
  polarity: z.enum(POLARITIES),
  definition: localTextSchema,
  denominator: z.nullable(localTextSchema),
  datasetId: identifierSchema,
  sourceIds: z
    .array(identifierSchema)
    .check(z.minLength(1, problem("required"))),
  scope: z.enum(SCOPES),
  perCapita: z.nullable(perCapitaSchema),
  breakdowns: z.record(z.string(), breakdownLabelSchema),
  koladaId: z.nullable(
    z.string().check(z.regex(/^[NU]\d{5}$/, problem("identifier"))),
  ),
  periodLabels: z.optional(z.record(z.string(), localTextSchema)),
  breaks: z.optional(z.array(breakSchema)),
  unstatedPeriods: z.optional(
    z.record(
      z.string(),
      z.object({
        published: z.string().check(z.regex(/^\d{4}$/, problem("period"))),
        statedFor: z.optional(z.array(areaCodeTextSchema)),
      }),
    ),
  ),
  counterpart: z.optional(
    z.object({
      indicator: identifierSchema,
      relation: z.enum(COUNTERPART_RELATIONS),
    }),
  ),
});

export const indicatorsFileSchema = z.object({
  indicators: z
    .array(indicatorSchema)
    .check(z.minLength(1, problem("required"))),
});
