import { describe, expect, it } from "vitest";
import { newestFirst } from "../../../src/backup/id.js";
import { ordinal } from "../../../src/core/ordinal.js";

describe("ordinal order (src/core/ordinal.ts)", () => {
  it("orders by code units, whatever the locale: uppercase before lowercase, digits before letters", () => {
    expect(["b", "B", "a", "A", "1"].sort(ordinal)).toEqual(["1", "A", "B", "a", "b"]);
    // What localeCompare would say instead, and the reason it is not used (it also loads ICU's collator).
    expect(["b", "B", "a", "A"].sort((x, y) => x.localeCompare(y, "en"))).not.toEqual(["A", "B", "a", "b"]);
    expect(ordinal("x", "x")).toBe(0);
  });

  it("lists backups newest first, a tie in created_at broken by id", () => {
    const at = "2026-12-02T10:00:00.000Z";
    const records = [
      { id: "20261202T100000Z-aaaaaaa", created_at: at },
      { id: "20261202T100000Z-bbbbbbb", created_at: at },
      { id: "20261201T090000Z-ccccccc", created_at: "2026-12-01T09:00:00.000Z" },
    ];
    expect(newestFirst(records).map((record) => record.id)).toEqual(["20261202T100000Z-bbbbbbb", "20261202T100000Z-aaaaaaa", "20261201T090000Z-ccccccc"]);
  });
});
