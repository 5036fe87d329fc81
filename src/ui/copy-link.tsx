/**
 * Copying a link, the one way the app does it: to the clipboard when the browser allows it, and
 * otherwise (plain http on an intranet, permission refused) a read-only field with the link
 * selected, to copy by hand. Labels come from the caller (ui/ knows no messages).
 */
import { useEffect, useRef, useState } from "react";

export interface CopyLink {
  /** The last link copied to the clipboard, or null. */
  readonly copied: string | null;
  /** The last link the clipboard refused, to show in a LinkField; null after a copy that worked. */
  readonly fallback: string | null;
  /** Copies the link; true when it is on the clipboard, false when the field should show it. */
  readonly copy: (link: string) => Promise<boolean>;
}

async function writeClipboard(text: string): Promise<boolean> {
  if (!window.isSecureContext || !("clipboard" in navigator)) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function useCopyLink(): CopyLink {
  const [result, setResult] = useState<{
    readonly link: string;
    readonly ok: boolean;
  } | null>(null);
  const copy = async (link: string): Promise<boolean> => {
    const ok = await writeClipboard(link);
    setResult({ link, ok });
    return ok;
  };
  return {
    copied: result?.ok ? result.link : null,
    fallback: result && !result.ok ? result.link : null,
    copy,
  };
}

/** The link the clipboard refused, selected as it appears (and again on focus). */
export function LinkField({
  label,
  link,
  className,
}: {
  readonly label: string;
  readonly link: string;
  readonly className: string;
}) {
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.select();
  }, [link]);
  return (
    <label className={className}>
      {label}
      <input
        ref={field}
        readOnly
        value={link}
        onFocus={(event) => {
          event.currentTarget.select();
        }}
      />
    </label>
  );
}
