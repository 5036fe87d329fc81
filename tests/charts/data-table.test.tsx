/**
 * The one data table: caption, sort buttons with aria-sort (missing values last either way,
 * footer rows never sorted), numbers in the UI language right-aligned, missing values with their
 * reason (never 0, never blank), row headers.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense } from "react";
import { describe, expect, it } from "vitest";

import { MissingCell, NumberCell } from "@/charts/data-table/cell";
import { DataTable, type DataColumn } from "@/charts/data-table/data-table";
import { sortRows } from "@/charts/data-table/sort";
import { I18nProvider, type UiLocale } from "@/i18n/i18n";

import { plain } from "../render";

interface Row {
  readonly name: string;
  readonly value: number | null;
}

const ROWS: readonly Row[] = [
  { name: "Solna", value: 1234.5 },
  { name: "Ekerö", value: null },
  { name: "Österåker", value: -2 },
  { name: "Botkyrka", value: 10 },
];

const columns: DataColumn<Row>[] = [
  {
    id: "name",
    header: "Kommun",
    rowHeader: true,
    cell: (r) => r.name,
    sortKey: (r) => r.name,
  },
  {
    id: "value",
    header: "Värde",
    numeric: true,
    cell: (r) =>
      r.value === null
        ? new MissingCell("uppgift saknas")
        : new NumberCell(r.value, "num1"),
    sortKey: (r) => r.value,
    firstSort: "descending",
  },
  {
    id: "short",
    header: "Kort",
    cell: (r) => (r.value === null ? new MissingCell("sekretess", "–") : ""),
  },
];

function renderTable(locale: UiLocale = "sv", footer: readonly Row[] = []) {
  return render(
    <Suspense>
      <I18nProvider locale={locale}>
        <DataTable
          caption="Värde per kommun"
          columns={columns}
          body={ROWS}
          footer={footer}
          rowKey={(r) => r.name}
        />
      </I18nProvider>
    </Suspense>,
  );
}

const names = (): string[] =>
  within(screen.getByRole("table"))
    .getAllByRole("rowheader")
    .map((th) => th.textContent);

describe("DataTable", () => {
  it("names the table by its caption, in a focusable scrolling region", () => {
    renderTable();
    expect(
      screen.getByRole("table", { name: "Värde per kommun" }),
    ).toBeInTheDocument();
    const region = screen.getByRole("region", { name: "Värde per kommun" });
    expect(region).toHaveAttribute("tabindex", "0");
  });

  it("formats numbers in the UI language, right-aligned", () => {
    const { unmount } = renderTable("sv");
    const solna = screen.getByRole("row", { name: /Solna/ });
    const cell = within(solna).getAllByRole("cell")[0];
    expect(plain(cell?.textContent)).toBe("1 234,5");
    expect(cell).toHaveClass("num");
    expect(screen.getByRole("columnheader", { name: /Värde/ })).toHaveClass(
      "num",
    );
    expect(
      plain(
        within(screen.getByRole("row", { name: /Österåker/ })).getAllByRole(
          "cell",
        )[0]?.textContent,
      ),
    ).toBe("-2,0");
    unmount();
    renderTable("en");
    const en = screen.getByRole("row", { name: /Solna/ });
    expect(within(en).getAllByRole("cell")[0]).toHaveTextContent("1,234.5");
  });

  it("shows a missing value with its reason, never 0 or blank", () => {
    renderTable();
    const ekero = screen.getByRole("row", { name: /Ekerö/ });
    const [value, short] = within(ekero).getAllByRole("cell");
    expect(value).toHaveTextContent("uppgift saknas");
    expect(value).not.toHaveTextContent("0");
    expect(value).toHaveClass("is-missing");
    // A short mark on screen, the reason for screen readers.
    expect(within(short as HTMLElement).getByText("–")).toHaveAttribute(
      "aria-hidden",
      "true",
    );
    expect(within(short as HTMLElement).getByText("sekretess")).toHaveClass(
      "visually-hidden",
    );
  });

  it("sorts by a column: the first press in the column's direction, missing last", async () => {
    const user = userEvent.setup();
    renderTable();
    const nameHeader = screen.getByRole("columnheader", { name: /Kommun/ });
    const valueHeader = screen.getByRole("columnheader", { name: /Värde/ });
    expect(names()).toEqual(["Solna", "Ekerö", "Österåker", "Botkyrka"]);
    expect(nameHeader).toHaveAttribute("aria-sort", "none");
    // Not sortable: no button, no aria-sort.
    const plainHeader = screen.getByRole("columnheader", { name: "Kort" });
    expect(plainHeader).not.toHaveAttribute("aria-sort");
    expect(within(plainHeader).queryByRole("button")).toBeNull();

    await user.click(
      screen.getByRole("button", { name: "Värde, sortera fallande" }),
    );
    expect(valueHeader).toHaveAttribute("aria-sort", "descending");
    expect(nameHeader).toHaveAttribute("aria-sort", "none");
    expect(names()).toEqual(["Solna", "Botkyrka", "Österåker", "Ekerö"]);

    await user.click(
      screen.getByRole("button", { name: "Värde, sortera stigande" }),
    );
    expect(valueHeader).toHaveAttribute("aria-sort", "ascending");
    expect(names()).toEqual(["Österåker", "Botkyrka", "Solna", "Ekerö"]);

    // Swedish order: Ö after the other letters.
    await user.click(
      screen.getByRole("button", { name: "Kommun, sortera stigande" }),
    );
    expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
    expect(names()).toEqual(["Botkyrka", "Ekerö", "Solna", "Österåker"]);
  });

  it("never sorts the footer's reference rows", async () => {
    const user = userEvent.setup();
    renderTable("sv", [
      { name: "Länet", value: 5000 },
      { name: "Riket", value: -100 },
    ]);
    await user.click(
      screen.getByRole("button", { name: "Värde, sortera fallande" }),
    );
    expect(names().slice(-2)).toEqual(["Länet", "Riket"]);
  });
});

describe("sortRows", () => {
  it.each([
    [true, [1, 2, 3, null, null]],
    [false, [3, 2, 1, null, null]],
  ])("ascending %s keeps missing last", (ascending, expected) => {
    expect(sortRows([null, 2, 1, null, 3], (v) => v, ascending)).toEqual(
      expected,
    );
  });

  it("keeps the given order among equal keys", () => {
    const rows = [
      { k: 1, id: "a" },
      { k: 0, id: "b" },
      { k: 1, id: "c" },
    ];
    expect(sortRows(rows, (r) => r.k, false).map((r) => r.id)).toEqual([
      "a",
      "c",
      "b",
    ]);
  });
});
