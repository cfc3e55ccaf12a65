import { describe, expect, it } from "vitest";
import { parseCommandArgs, parseSubcommandArgs } from "../../../src/core/args.js";
import { findSetting } from "../../../src/core/settings.js";
import { parseEmail, parseSetupOptions, storageNameFor } from "../../../src/core/setup-options.js";
import { setup } from "../../../src/subcommands/setup.js";
import { UserError } from "../../../src/errors.js";

const parse = (...argv: string[]) =>
  parseSetupOptions(parseCommandArgs("pegasus:setup", argv, setup.options));

describe("pegasus:setup options", () => {
  it("has the documented defaults", () => {
    expect(parse("shop")).toEqual({
      app: "shop",
      domains: [],
      letsencryptEmail: undefined,
      postgresImage: undefined,
      postgresImageVersion: undefined,
      postgres: true,
      redis: true,
      storage: true,
      letsencrypt: true,
      dockerfile: "Dockerfile.web",
      port: undefined,
      storageDir: "/code/media",
      storageUid: 1000,
      storageName: "shop",
      storageEntry: "shop",
      storageMode: undefined,
      storageSize: "1Gi",
      storageClass: undefined,
      postgresService: "shop-db",
      redisService: "shop-redis",
      postgresServiceGiven: false,
      redisServiceGiven: false,
      scale: [["worker", 1]],
      dryRun: false,
    });
  });

  it("reads every flag", () => {
    const parsed = parse(
      "shop",
      "--domain", "Shop.Example.com",
      "--domain", "www.example.com",
      "--letsencrypt-email", "ops@example.com",
      "--postgres-image", "pgvector/pgvector",
      "--postgres-image-version", "pg17",
      "--dockerfile", "docker/Dockerfile.prod",
      "--port", "8080",
      "--storage-dir", "/app/media",
      "--storage-uid", "0",
      "--scale", "worker=2",
      "--scale", "beat=1",
      "--no-redis",
      "--dry-run",
    );
    expect(parsed).toMatchObject({
      domains: ["shop.example.com", "www.example.com"],
      letsencryptEmail: "ops@example.com",
      postgresImage: "pgvector/pgvector",
      postgresImageVersion: "pg17",
      dockerfile: "docker/Dockerfile.prod",
      port: 8080,
      storageDir: "/app/media",
      storageUid: 0,
      scale: [["worker", 2], ["beat", 1]],
      redis: false,
      dryRun: true,
    });
  });

  it("takes a value that starts with a dash as the flag's value, not as a flag", () => {
    // Dokku's own domain rule (domains:add) accepts a leading dash, so the value goes through.
    expect(parse("shop", "--domain", "-x.com", "--domain", "b.com").domains).toEqual(["-x.com", "b.com"]);
    expect(parse("shop", "--storage-uid", "0").storageUid).toBe(0);
  });

  it("refuses a service to link beside the flag that links none, instead of ignoring the name", () => {
    for (const [off, flag] of [
      ["--no-postgres", "--postgres-service"],
      ["--no-redis", "--redis-service"],
    ]) {
      expect(() => parse("shop", off!, flag!, "shared")).toThrow(`${flag} names a service to link, ${off} links none; drop one of them`);
      expect(() => parse("shop", `${flag}=shared`, off!)).toThrow(UserError);
    }
    // What only shapes a service, storage or TLS left out is unused, not contradictory.
    expect(parse("shop", "--no-postgres", "--postgres-image-version", "pg17", "--no-letsencrypt", "--letsencrypt-email", "ops@example.com")).toMatchObject({
      postgres: false,
      letsencrypt: false,
    });
    expect(parse("shop", "--no-postgres", "--redis-service", "cache")).toMatchObject({ postgres: false, redisService: "cache" });
  });

  it("names a storage directory after an app with dots without colliding with another app", () => {
    expect(storageNameFor("shop.example.com")).toBe("shop_example_com");
  });

  it.each([
    [["Bad_App"], /App name must begin with lowercase/],
    [[], /Please specify an app/],
    [["shop", "extra"], /Too many arguments\. Expected 1 argument but got 2/],
    [["shop", "--bogus"], /Unknown option '--bogus'/],
    [["shop", "--port"], /Option '--port <N>' argument missing/],
    [["shop", "--scale", "worker"], /--scale "worker" must be TYPE=N/],
    [["shop", "--scale", "worker=x"], /must be TYPE=N/],
    [["shop", "--scale", "worker=-1"], /must be TYPE=N/],
    [["shop", "--scale", "worker=1001"], /must be TYPE=N/],
    [["shop", "--scale", "Worker=1"], /must be TYPE=N/],
    [["shop", "--scale", "=1"], /must be TYPE=N/],
    [["shop", "--scale", "release=1"], /release=N is refused/],
    [["shop", "--scale", "worker=1", "--scale", "worker=2"], /given twice/],
    [["shop", "--letsencrypt-email", "not-an-email"], /is not an email address/],
    [["shop", "--letsencrypt-email", "a b@example.com"], /is not an email address/],
    [["shop", "--domain", "bad domain"], /is not a valid domain/],
    [["shop", "--domain", "bad_domain.com"], /is not a valid domain/],
    [["shop", "--domain", "example.com."], /is not a valid domain/],
    [["shop", "--storage-uid", "65536"], /--storage-uid must be a whole number from 0 to 65535/],
    [["shop", "--storage-uid=-1"], /--storage-uid must be a whole number/],
    // A value starting with a dash is the flag's value, validated like any other.
    [["shop", "--storage-uid", "-1"], /--storage-uid must be a whole number from 0 to 65535, got "-1"/],
    [["shop", "--storage-uid", "-5"], /--storage-uid must be a whole number/],
    [["shop", "--port", "-80"], /--port must be a whole number from 1 to 65535/],
    [["shop", "--storage-uid", "1e3"], /--storage-uid must be a whole number/],
    [["shop", "--port", "0"], /--port must be a whole number from 1 to 65535/],
    [["shop", "--port", "70000"], /--port must be/],
    [["shop", "--dockerfile", "../Dockerfile"], /--dockerfile "..\/Dockerfile" must be a path relative/],
    [["shop", "--dockerfile", "/etc/passwd"], /must be a path relative/],
    [["shop", "--dockerfile", ""], /must be a path relative/],
    [["shop", "--storage-dir", "media"], /--storage-dir "media" must be an absolute path/],
    [["shop", "--storage-dir", "/code/../etc"], /must be an absolute path/],
    [["shop", "--storage-dir", "/code/media:ro"], /must be an absolute path/],
    [["shop", "--storage-dir", "/"], /must be an absolute path/],
    [["shop", "--postgres-image", "pgvector/pgvector:pg17"], /--postgres-image .* is not a Docker image name/],
    [["shop", "--postgres-image", ""], /is not a Docker image name/],
    [["shop", "--postgres-image-version", "pg 17"], /is not a Docker tag/],
    [["shop", "--postgres-image-version", ""], /is not a Docker tag/],
    [["shop", "--format", "yaml"], /Format must be/],
  ])("refuses %j", (argv, message) => {
    expect(() => {
      const args = parseSubcommandArgs(setup, argv);
      setup.printsData?.(args);
      parseSetupOptions(args);
    }).toThrow(message);
  });
});

describe("one email rule for setup and pegasus:set", () => {
  it("pegasus:set letsencrypt-email accepts exactly the addresses setup accepts", () => {
    const setting = findSetting("letsencrypt-email", "global");
    const accepts = (check: (value: string) => unknown, value: string) => {
      try {
        check(value);
        return true;
      } catch {
        return false;
      }
    };
    const candidates = [
      "ops@example.com",
      "a.b+tag@sub.example.co.uk",
      'o"neil@example.com',
      "<ops@example.com>",
      "ops@exa(mple).com",
      "back\\slash@example.com",
      `${"a".repeat(250)}@example.com`,
      "not-an-email",
      "a b@example.com",
    ];
    for (const value of candidates) {
      expect([value, accepts((v) => setting.validate(v), value)]).toEqual([value, accepts(parseEmail, value)]);
    }
  });
});
