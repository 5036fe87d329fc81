/**
 * The kommuner the county map draws in its enlarged inset rather than on the county map itself:
 * the inner kommuner, too small at county scale to see their colour or carry a name. The map
 * build (scripts/build-map.ts) fits the inset's box around them. Pure.
 */
export const INSET_CODES: readonly string[] = [
  "0114", // Upplands Väsby
  "0123", // Järfälla
  "0160", // Täby
  "0162", // Danderyd
  "0163", // Sollentuna
  "0180", // Stockholm
  "0182", // Nacka
  "0183", // Sundbyberg
  "0184", // Solna
  "0186", // Lidingö
  "0187", // Vaxholm
];
