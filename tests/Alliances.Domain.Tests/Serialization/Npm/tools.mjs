// The JSON tools UI teams use on the contract, set up as docs/json.md tells them to: ajv in strict mode with
// ajv-formats, json-schema-to-typescript, and tsc --strict. Run by the library's tests.
//
//   node tools.mjs validate <schema folder> <corpus folder>
//       Validates every file of a corpus folder, each named <schema>.<n>.json (ledger.12.json); prints one line per
//       file, "<file> valid" or "<file> invalid <first error>", in name order.
//   node tools.mjs check <schema folder> [--write] <example document or Markdown page>...
//       Compiles each schema in ajv's strict mode; generates its TypeScript declarations and compares them with the
//       <name>.d.ts beside it (--write writes them instead); has tsc --strict accept each example document, typed by
//       its "kind", through `satisfies`, and each ```ts block of each Markdown page given (a block imports the
//       declarations as "./<name>.js"); and has ajv accept each example. Prints one line per check, "ok ..." or
//       "FAIL ...".
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { compile } from "json-schema-to-typescript";

/** The schemas, each with the type its documents have and the examples that are of it. */
export const schemas = [
  { name: "programme", kind: "programme", type: "ProgrammeDocument" },
  { name: "ledger", kind: "ledger", type: "LedgerDocument" },
  { name: "progress-view", kind: "progressView", type: "ProgressView" },
  { name: "schedule-view", kind: "scheduleView", type: "ScheduleView" },
];

/** ajv as UI teams set it up: draft 2020-12, every strict option on, and the formats of ajv-formats. */
export function strictAjv() {
  return addFormats(new Ajv2020({ strict: true, allErrors: false }));
}

/** The declarations json-schema-to-typescript generates for a schema, as the repository ships them. */
export async function declarations(schema) {
  const banner = "/* Generated from " + schema.$id + " by json-schema-to-typescript; do not edit. */";
  return await compile(schema, schema.title, { bannerComment: banner, additionalProperties: false, strictIndexSignatures: true, unreachableDefinitions: false, format: true });
}

const [command, schemaFolder, ...rest] = process.argv.slice(2);
const write = rest[0] === "--write";
const given = write ? rest.slice(1) : rest;
const examples = given.filter((path) => !path.endsWith(".md"));
const pages = given.filter((path) => path.endsWith(".md"));
const otherFolder = rest[0];
const read = (file) => JSON.parse(readFileSync(file, "utf8"));

if (command === "validate") {
  const ajv = strictAjv();
  const validators = Object.fromEntries(schemas.map((s) => [s.name, ajv.compile(read(join(schemaFolder, `${s.name}.schema.json`)))]));
  const lines = [];
  for (const file of readdirSync(otherFolder).sort()) {
    const validate = validators[file.split(".")[0]];
    let data;
    try {
      data = read(join(otherFolder, file));
    } catch (e) {
      lines.push(`${file} invalid JSON.parse: ${e.message}`);
      continue;
    }

    lines.push(validate(data) ? `${file} valid` : `${file} invalid ${validate.errors[0].instancePath} ${validate.errors[0].message}`);
  }

  process.stdout.write(lines.join("\n") + "\n");
} else if (command === "check") {
  const lines = [];
  const ajv = strictAjv();
  const work = mkdtempSync(join(tmpdir(), "alliances-ts-"));
  try {
    const program = [];
    for (const { name, kind, type } of schemas) {
      const schema = read(join(schemaFolder, `${name}.schema.json`));
      let validate = null;
      try {
        validate = ajv.compile(schema);
        lines.push(`ok ajv strict compiles ${name}.schema.json`);
      } catch (e) {
        lines.push(`FAIL ajv strict compiles ${name}.schema.json: ${e.message}`);
      }

      const generated = await declarations(schema);
      const shipped = join(schemaFolder, `${name}.d.ts`);
      if (write) {
        writeFileSync(shipped, generated);
        lines.push(`ok wrote ${name}.d.ts`);
      } else {
        let current = null;
        try {
          current = readFileSync(shipped, "utf8");
        } catch {
          // missing: reported below
        }

        lines.push(current === generated ? `ok ${name}.d.ts is current` : `FAIL ${name}.d.ts is not what json-schema-to-typescript generates; run: node tools.mjs check <schemas> --write <examples>...`);
      }

      writeFileSync(join(work, `${name}.ts`), generated);
      for (const path of examples) {
        const document = read(path);
        if (document.kind !== kind) {
          continue;
        }

        const file = path.split(/[\\/]/).pop();
        const module = file.replace(/[^A-Za-z0-9]/g, "_");
        writeFileSync(join(work, `${module}.ts`), `import type { ${type} } from "./${name}.js";\n\nexport const document = ${JSON.stringify(document, null, 2)} satisfies ${type};\n`);
        program.push(`${module}.ts`);
        if (validate) {
          lines.push(validate(document) ? `ok ajv strict accepts ${file}` : `FAIL ajv strict accepts ${file}: ${validate.errors[0].instancePath} ${validate.errors[0].message}`);
        }
      }
    }

    // The exhaustive switch a UI writes over the imprecise date: it compiles only if the union is discriminated.
    writeFileSync(join(work, "exhaustive.ts"), `import type { ImpreciseDate } from "./ledger.js";

export function earliest(date: ImpreciseDate): string {
  switch (date.precision) {
    case "day": return date.day;
    case "daySpan": return date.first;
    case "partOfMonth": return date.month + (date.part === "early" ? "-01" : date.part === "mid" ? "-11" : "-21");
    case "month": return date.month + "-01";
    case "year": return String(date.year).padStart(4, "0") + "-01-01";
    default: { const never: never = date; return never; }
  }
}
`);
    program.push("exhaustive.ts");
    let blocks = 0;
    for (const page of pages) {
      const name = page.split(/[\\/]/).pop().replace(/[^A-Za-z0-9]/g, "_");
      for (const match of readFileSync(page, "utf8").replace(/\r\n/g, "\n").matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
        blocks++;
        writeFileSync(join(work, `${name}_${blocks}.ts`), match[1]);
        program.push(`${name}_${blocks}.ts`);
      }
    }
    const tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
    try {
      execFileSync(process.execPath, [tsc, "--strict", "--noEmit", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", "--skipLibCheck", "false", ...program], { cwd: work, encoding: "utf8" });
      lines.push(`ok tsc --strict accepts ${program.length - 1 - blocks} example documents through satisfies, and an exhaustive switch over ImpreciseDate`);
      if (pages.length > 0) {
        lines.push(`ok tsc --strict accepts ${blocks} TypeScript blocks of ${pages.map((p) => p.split(/[\\/]/).pop()).join(", ")}`);
      }
    } catch (e) {
      lines.push(`FAIL tsc --strict: ${(e.stdout || "") + (e.stderr || "")}`.trim().replace(/\n/g, " | "));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  process.stdout.write(lines.join("\n") + "\n");
} else {
  process.stderr.write("usage: node tools.mjs validate <schemas> <corpus> | check <schemas> [--write] <examples>...\n");
  process.exit(2);
}
