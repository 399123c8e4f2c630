/**
 * SARIF 2.1.0 output, checked against the parts of the 2.1.0 schema it uses: every object's
 * required properties, types and value ranges, and no property the schema does not define
 * (the schema says `additionalProperties: false` for these objects).
 */
import { describe, expect, it } from "vitest";
import { formatSarif, SARIF_SCHEMA } from "../../src/report/sarif.js";
import { finding, SAMPLE } from "./findings.js";

type Json = unknown;
type Check = (v: Json, at: string) => string[];

const isObj = (v: Json): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);
const str: Check = (v, at) => (typeof v === "string" ? [] : [`${at}: expected a string`]);
const intMin = (min: number): Check => (v, at) => (Number.isInteger(v) && (v as number) >= min ? [] : [`${at}: expected an integer ≥ ${min}`]);
const oneOf = (...vals: string[]): Check => (v, at) => (vals.includes(v as string) ? [] : [`${at}: expected one of ${vals.join(", ")}`]);
const arr = (item: Check): Check => (v, at) => (Array.isArray(v) ? v.flatMap((x, i) => item(x, `${at}[${i}]`)) : [`${at}: expected an array`]);
function obj(props: Record<string, Check>, required: string[]): Check {
  return (v, at) => {
    if (!isObj(v)) return [`${at}: expected an object`];
    const errs = required.filter((k) => !(k in v)).map((k) => `${at}: missing required "${k}"`);
    for (const [k, x] of Object.entries(v)) {
      const check = props[k];
      if (!check) errs.push(`${at}: property "${k}" is not in the SARIF 2.1.0 schema here`);
      else errs.push(...check(x, `${at}.${k}`));
    }
    return errs;
  };
}

const multiformat = obj({ text: str, markdown: str }, ["text"]);
const region = obj({ startLine: intMin(1), startColumn: intMin(1), endLine: intMin(1), endColumn: intMin(1) }, []);
const location = obj({ physicalLocation: obj({ artifactLocation: obj({ uri: str, uriBaseId: str }, []), region }, ["artifactLocation"]) }, []);
const result = obj(
  { ruleId: str, ruleIndex: intMin(-1), level: oneOf("none", "note", "warning", "error"), message: obj({ text: str }, ["text"]), locations: arr(location) },
  ["message"],
);
const descriptor = obj({ id: str, shortDescription: multiformat, fullDescription: multiformat, help: multiformat, helpUri: str }, ["id"]);
const driver = obj({ name: str, version: str, informationUri: str, rules: arr(descriptor) }, ["name"]);
const run = obj({ tool: obj({ driver }, ["driver"]), results: arr(result) }, ["tool"]);
const sarifLog = obj({ $schema: str, version: oneOf("2.1.0"), runs: arr(run) }, ["version", "runs"]);

const RULES = [
  { id: "FIELD_LOWER_SNAKE_CASE", summary: "Field names are lower_snake_case.", docs: "Rename the field." },
  { id: "PACKAGE_DEFINED", summary: "Files declare a package.", docs: "Add one." },
];

describe("sarif", () => {
  it("is a valid SARIF 2.1.0 log", () => {
    const log = JSON.parse(formatSarif(SAMPLE, { rules: RULES, toolVersion: "0.1.0" })) as Json;
    expect(sarifLog(log, "log")).toEqual([]);
    // and the validator does catch mistakes
    expect(sarifLog({ version: "2.0.0", runs: [{ tool: { driver: {} }, extra: 1 }] }, "log")).toEqual([
      "log.version: expected one of 2.1.0",
      'log.runs[0].tool.driver: missing required "name"',
      'log.runs[0]: property "extra" is not in the SARIF 2.1.0 schema here',
    ]);
  });

  it("lists the enabled rules first, then other rule IDs found, and points each result at its rule", () => {
    const log = JSON.parse(formatSarif(SAMPLE, { rules: RULES, toolVersion: "0.1.0" })) as {
      $schema: string;
      runs: { tool: { driver: { version: string; rules: { id: string; shortDescription: { text: string }; help?: { text: string } }[] } }; results: { ruleId: string; ruleIndex: number; level: string }[] }[];
    };
    expect(log.$schema).toBe(SARIF_SCHEMA);
    const { driver } = log.runs[0]!.tool;
    expect(driver.version).toBe("0.1.0");
    expect(driver.rules.map((r) => r.id)).toEqual(["FIELD_LOWER_SNAKE_CASE", "PACKAGE_DEFINED", "FILE_NO_DELETE", "ENUM_PASCAL_CASE"]);
    expect(driver.rules[0]).toEqual({ id: "FIELD_LOWER_SNAKE_CASE", shortDescription: { text: "Field names are lower_snake_case." }, help: { text: "Rename the field.", markdown: "Rename the field." } });
    for (const r of log.runs[0]!.results) expect(driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it("maps positions to regions (1-based, end column exclusive), leaves out what is unknown", () => {
    const log = JSON.parse(formatSarif(SAMPLE, { rules: [], toolVersion: "0" })) as { runs: { results: { level: string; message: { text: string }; locations?: unknown[] }[] }[] };
    const [noFile, noLocation, located] = log.runs[0]!.results;
    expect(noFile!.locations).toBeUndefined();
    expect(noLocation!.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: "proto/acme/v1/a.proto" } } }]);
    expect(located).toEqual({
      ruleId: "FIELD_LOWER_SNAKE_CASE",
      ruleIndex: 2,
      level: "error",
      message: { text: 'field "userName" should be lower_snake_case: user_name' },
      locations: [{ physicalLocation: { artifactLocation: { uri: "proto/acme/v1/a.proto" }, region: { startLine: 4, startColumn: 10, endLine: 4, endColumn: 18 } } }],
    });
  });

  it("encodes paths as URIs and maps severities to SARIF levels", () => {
    const out = formatSarif([finding({ displayPath: "my protos/a#1.proto", severity: "notice" }), finding({ severity: "warning" })], { rules: [], toolVersion: "0" });
    const log = JSON.parse(out) as { runs: { results: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("my%20protos/a%231.proto");
    expect(log.runs[0]!.results.map((r) => r.level)).toEqual(["note", "warning"]);
  });
});
