import { describe, expect, it } from "vitest";
import { DisclosureLevel, ViewerRole } from "../../src/index.js";

describe("DisclosureLevel", () => {
  it.each(["public", "wco", "restricted"])("accepts %j", (level) => {
    expect(DisclosureLevel.parse(level)).toBe(level);
  });

  it.each(["Public", "private", "secretariat", "", 1])("rejects %j", (level) => {
    expect(DisclosureLevel.safeParse(level).success).toBe(false);
  });
});

describe("ViewerRole", () => {
  it.each(["public", "wco-member", "secretariat", "administration"])("accepts %j", (role) => {
    expect(ViewerRole.parse(role)).toBe(role);
  });

  it.each(["wco", "ncp", "admin", null])("rejects %j", (role) => {
    expect(ViewerRole.safeParse(role).success).toBe(false);
  });
});
