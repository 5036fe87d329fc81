/**
 * The slide show's window: a modal <dialog> (the page behind is inert), full screen when the
 * browser allows it (leaving full screen leaves the show), keys from the dialog and from the
 * speaker notes window, and the notes window closed with the show or the page.
 */
import { useEffect, type RefObject } from "react";

export function useShowDialog(
  dialog: RefObject<HTMLDialogElement | null>,
  onKey: (event: KeyboardEvent) => void,
  onClose: () => void,
  popup: Window | null,
): void {
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (!el.open) el.showModal();
    el.requestFullscreen().catch(() => {
      // Full screen needs a user gesture and permission; the modal dialog fills the window anyway.
    });
    let wasFull = false;
    const onFullscreen = () => {
      if (document.fullscreenElement) wasFull = true;
      else if (wasFull) onClose();
    };
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => {
      document.removeEventListener("fullscreenchange", onFullscreen);
      if (document.fullscreenElement) void document.exitFullscreen();
      if (el.open) el.close();
    };
  }, [dialog, onClose]);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const onCancel = (event: Event) => {
      // Esc: leave through onClose so the editor knows.
      event.preventDefault();
      onClose();
    };
    el.addEventListener("keydown", onKey);
    el.addEventListener("cancel", onCancel);
    popup?.addEventListener("keydown", onKey);
    return () => {
      el.removeEventListener("keydown", onKey);
      el.removeEventListener("cancel", onCancel);
      popup?.removeEventListener("keydown", onKey);
    };
  }, [dialog, onKey, onClose, popup]);

  useEffect(() => {
    if (!popup) return;
    const closeWithPage = () => {
      popup.close();
    };
    window.addEventListener("pagehide", closeWithPage);
    return () => {
      window.removeEventListener("pagehide", closeWithPage);
      popup.close();
    };
  }, [popup]);
}
