/** A dismissible notice (info or warning) with a heading and a list of messages. */
import { useState, type ReactNode } from "react";

export interface NoticeProps {
  readonly title: string;
  readonly dismissLabel: string;
  readonly tone?: "info" | "warning";
  readonly children: ReactNode;
}

export function Notice({
  title,
  dismissLabel,
  tone = "info",
  children,
}: NoticeProps) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <section
      className={`notice notice--${tone}`}
      role="status"
      aria-label={title}
    >
      <div className="notice__body">
        <strong className="notice__title">{title}</strong>
        {children}
      </div>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          setOpen(false);
        }}
      >
        {dismissLabel}
      </button>
    </section>
  );
}
