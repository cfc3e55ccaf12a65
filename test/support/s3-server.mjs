// A real S3 API for the tests: s3rver on 127.0.0.1, a random port, path-style, one bucket.
// Usage: node test/support/s3-server.mjs <dir>   (prints the endpoint on its first line,
// then serves until killed). Its credentials are S3RVER/S3RVER.
import { mkdirSync } from "node:fs";
import S3rver from "s3rver";

const directory = process.argv[2];
if (!directory) {
  console.error("usage: s3-server.mjs <directory>");
  process.exit(2);
}
mkdirSync(directory, { recursive: true });
const server = new S3rver({
  address: "127.0.0.1",
  port: 0,
  silent: true,
  directory,
  vhostBuckets: false,
  configureBuckets: [{ name: "pegasus-test" }],
});
const { port } = await server.run();
console.log(`http://127.0.0.1:${port}`);
const stop = () => server.close().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
