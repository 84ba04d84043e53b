// Validates every document of a corpus folder with ajv, set up as docs/json.md tells UI teams to: draft 2020-12,
// ajv's defaults (strict mode on), and the exact `multipleOf` of docs/schema/exact-multiple-of.mjs.
// Usage: node validate.mjs <schema folder> <corpus folder>. Each file of the corpus is named <schema>.<n>.json, such
// as ledger.12.json; prints one line per file, "<file> valid" or "<file> invalid <first error>", in name order.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

const [schemas, corpus] = process.argv.slice(2);
const { exactMultipleOf } = await import(pathToFileURL(join(schemas, "exact-multiple-of.mjs")).href);
const ajv = exactMultipleOf(new Ajv2020());
const validators = {
  programme: ajv.compile(JSON.parse(readFileSync(join(schemas, "programme.schema.json"), "utf8"))),
  ledger: ajv.compile(JSON.parse(readFileSync(join(schemas, "ledger.schema.json"), "utf8"))),
};

const lines = [];
for (const file of readdirSync(corpus).sort()) {
  const validate = validators[file.split(".")[0]];
  let data;
  try {
    data = JSON.parse(readFileSync(join(corpus, file), "utf8"));
  } catch (e) {
    lines.push(`${file} invalid JSON.parse: ${e.message}`);
    continue;
  }

  lines.push(validate(data) ? `${file} valid` : `${file} invalid ${validate.errors[0].instancePath} ${validate.errors[0].message}`);
}

process.stdout.write(lines.join("\n") + "\n");
