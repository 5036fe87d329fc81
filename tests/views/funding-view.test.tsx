/** Finansiering rendered with the real providers and the real public/data files. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { plain, renderApp } from "../render";

const frames = (): HTMLElement[] => [
  ...document.querySelectorAll<HTMLElement>("figure.chart-frame"),
];
const frameWithTitle = (text: string | RegExp): HTMLElement => {
  const frame = frames().find((f) => {
    const title = plain(f.querySelector(".chart-frame__title")?.textContent);
    return typeof text === "string" ? title.includes(text) : text.test(title);
  });
  if (!frame) throw new Error(`no frame titled ${String(text)}`);
  return frame;
};
/** Loading five datasets through the real loader can be slow on a busy machine. */
const LOAD = { timeout: 8000 };
const pageText = (): string => plain(document.body.textContent);

async function ready(): Promise<void> {
  await screen.findByRole("heading", { level: 1, name: "Finansiering" }, LOAD);
  await waitFor(() => {
    expect(frames().length).toBeGreaterThanOrEqual(5);
    expect(document.querySelector(".chart-placeholder--loading")).toBeNull();
  }, LOAD);
}

describe("Finansiering", () => {
  it("shows the agreements, their stated totals and the 2023 caveat", async () => {
    renderApp("?view=funding");
    await ready();
    const agreements = frameWithTitle("överenskommelserna");
    expect(plain(agreements.textContent)).toContain(
      "Fördelningen på mottagare 2023 är delvis tolkad, se anmärkning",
    );
    expect(plain(agreements.textContent)).toContain(
      "2020: raderna summerar till 368 977 236 kr (beräknat); texten anger 369 miljoner kr. Skillnaden 22 764 kr beror på att texten avrundar till hela miljoner.",
    );
    expect(plain(agreements.textContent)).toContain(
      "2018: raderna summerar till 307 600 000 kr (beräknat); texten anger 307,6 miljoner kr – samma belopp.",
    );
    expect(
      agreements.querySelector(".chart-frame__source")?.textContent,
    ).toContain("Dataversion overenskommelser v1");
    const joint = frameWithTitle("länsgemensamma satsningen 2016–2019");
    expect(plain(joint.textContent)).toContain("4 528 000 kr");
  });

  it("ranks the 2018 stimulus funds and says where the distribution followed population", async () => {
    renderApp("?view=funding");
    await ready();
    expect(pageText()).toContain("79 789 498 kr");
    const stimulus = frameWithTitle("Stockholm fick");
    expect(
      plain(stimulus.querySelector(".chart-frame__title")?.textContent),
    ).toBe("Stockholm fick 41,2 % av kommunernas stimulansmedel 2018");
    expect(stimulus.querySelectorAll(".ranking-chart__row")).toHaveLength(26);
    expect(plain(stimulus.textContent)).toContain("Botkyrka: 3 174 063 kr");
    const expected = frameWithTitle("följde befolkningen");
    expect(
      plain(expected.querySelector(".chart-frame__title")?.textContent),
    ).toBe("Fördelningen 2018 följde befolkningen: alla kommuner inom ±0,1 %");
    expect(plain(expected.textContent)).toContain(
      "Medlen är fördelade utifrån befolkningens mängd.",
    );
    expect(plain(expected.textContent)).toContain("andelen barn och unga 0–25");
    expect(plain(expected.textContent)).toContain("Tabell 1, bildtext");
    expect(plain(expected.textContent)).not.toMatch(/seed \d/);
  });

  it("switches to kr per inhabitant through the URL's mode", async () => {
    const user = userEvent.setup();
    renderApp("?view=funding");
    await ready();
    await user.click(
      screen.getByRole("radio", { name: "Kronor per invånare" }),
    );
    await waitFor(() => {
      expect(window.location.search).toContain("mode=per-capita");
    });
    const stimulus = frameWithTitle("per invånare");
    expect(
      plain(stimulus.querySelector(".chart-frame__title")?.textContent),
    ).toBe("Alla 26 kommuner fick 34,64 kr per invånare 2018");
    expect(
      stimulus.querySelector(".chart-frame__source")?.textContent,
    ).toContain("befolkning v1");
  });

  it("compares Botkyrka's planned and reported use, with both sources", async () => {
    renderApp("?view=funding&tables=plan");
    await ready();
    const plan = frameWithTitle("Botkyrka 2020");
    expect(plain(plan.querySelector(".chart-frame__title")?.textContent)).toBe(
      "Botkyrka 2020: redovisade 3 160 593 kr, planerade 2 739 877 kr",
    );
    const text = plain(plan.textContent);
    expect(text).toContain("summa av källans 3 delsummor, beräknat");
    expect(text).toContain("Bara i planen: Kvalitetsledare 50 % (300 000 kr)");
    expect(text).toContain("Bara i redovisningen: Konsultstöd (491 125 kr)");
    expect(text).toContain("lokala satsningar 2020");
    expect(text).toContain("fråga 12");
    const table = within(plan).getByRole("table");
    const row = within(table).getByRole("row", { name: /styrkebaserat/ });
    expect(plain(row.textContent)).toContain("360 585 kr");
    expect(plain(row.textContent)).toContain("163 300 kr");
    expect(plain(row.textContent)).toContain("-197 285 kr");
    // Only the named table is open.
    expect(document.querySelectorAll("table").length).toBe(2); // plan + joint effort
  });

  it("opens a section's table with its button and keeps it in the URL", async () => {
    const user = userEvent.setup();
    renderApp("?view=funding");
    await ready();
    const agreements = frameWithTitle("överenskommelserna");
    await user.click(
      within(agreements).getByRole("button", { name: "Visa tabell" }),
    );
    await waitFor(() => {
      expect(window.location.search).toContain("tables=avtal");
    });
    expect(window.location.search).not.toContain("table=1");
    const table = within(frameWithTitle("överenskommelserna")).getByRole(
      "table",
    );
    const row = within(table).getByRole("row", {
      name: /3\.3 En mer sammanhållen/,
    });
    expect(plain(row.textContent)).toContain("mottagaren tolkad");
    expect(plain(row.textContent)).toContain("27 019 610 kr");
  });

  it("still opens the tables an old link names in group", async () => {
    const user = userEvent.setup();
    renderApp("?view=funding&table=1&group=plan");
    await ready();
    expect(document.querySelectorAll("table").length).toBe(2); // plan + joint effort
    const plan = frameWithTitle("Botkyrka 2020");
    await user.click(
      within(plan).getByRole("button", { name: "Visa diagram" }),
    );
    await waitFor(() => {
      expect(document.querySelectorAll("table").length).toBe(1);
    });
    expect(window.location.search).toBe("?view=funding");
  });

  it("shows the expected-versus-actual table with deviations", async () => {
    renderApp("?view=funding&tables=forvantat");
    await ready();
    const expected = frameWithTitle("följde befolkningen");
    const row = within(within(expected).getByRole("table")).getByRole("row", {
      name: /Botkyrka/,
    });
    expect(plain(row.textContent)).toContain("3 174 063 kr");
    expect(plain(row.textContent)).toMatch(/-0,\d\d kr/);
  });
});
