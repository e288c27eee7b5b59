// The test projects of the monorepo. Vitest 4 does not read this file by itself:
// the root vitest.config.ts imports it as `test.projects`.
export default ["packages/*", "examples/*"];
