/** The one copy-link helper: clipboard when it works, a selected read-only field when it does not. */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { LinkField, useCopyLink } from "@/ui/copy-link";

const LINK = "https://example.org/?view=compare&kommuner=0127";

function Harness() {
  const { copied, fallback, copy } = useCopyLink();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          void copy(LINK);
        }}
      >
        Kopiera
      </button>
      {fallback !== null && (
        <LinkField className="field" label="Kopiera själv" link={fallback} />
      )}
      <span role="status">{copied ?? ""}</span>
    </>
  );
}

function setClipboard(
  secure: boolean,
  writeText?: (text: string) => Promise<void>,
) {
  Object.defineProperty(window, "isSecureContext", {
    value: secure,
    configurable: true,
  });
  Object.defineProperty(navigator, "clipboard", {
    value: writeText ? { writeText } : undefined,
    configurable: true,
  });
}

afterEach(() => {
  setClipboard(false);
});

describe(useCopyLink, () => {
  it("puts the link on the clipboard and shows no field", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    setClipboard(true, writeText);
    render(<Harness />);
    await userEvent.click(screen.getByRole("button", { name: "Kopiera" }));
    await waitFor(() => {
      expect(screen.getByRole("status").textContent).toBe(LINK);
    });
    expect(writeText).toHaveBeenCalledWith(LINK);
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  it.each([
    ["the clipboard refuses", true, () => Promise.reject(new Error("denied"))],
    ["there is no clipboard", true, undefined],
    ["the page is not a secure context", false, () => Promise.resolve()],
  ])("shows the link selected in a field when %s", async (_, secure, write) => {
    setClipboard(secure, write);
    render(<Harness />);
    await userEvent.click(screen.getByRole("button", { name: "Kopiera" }));
    const field = await screen.findByRole<HTMLInputElement>("textbox", {
      name: "Kopiera själv",
    });
    expect(field.value).toBe(LINK);
    expect(field.readOnly).toBe(true);
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(LINK.length);
    expect(screen.getByRole("status").textContent).toBe("");
  });
});
