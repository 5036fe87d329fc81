/** An import message's text in tests (undefined stays undefined, so a missing issue fails its expect). */
import { type ImportMessage, importText } from "@/i18n/import/import-text";

export function sv(message: ImportMessage): string;
export function sv(message: ImportMessage | undefined): string | undefined;
export function sv(message: ImportMessage | undefined): string | undefined {
  return message && importText(message, "sv");
}

export function en(message: ImportMessage): string;
export function en(message: ImportMessage | undefined): string | undefined;
export function en(message: ImportMessage | undefined): string | undefined {
  return message && importText(message, "en");
}
