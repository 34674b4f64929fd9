// Validates every object of a rendered manifest stream (stdin, or the files given) against the Kubernetes OpenAPI
// schemas shipped by the kubernetes-models package: each object is built as its typed model and .validate()d, which
// checks required fields, types, enums and formats. An object of an unknown apiVersion/kind fails too, so a typo in
// either cannot pass unnoticed. Prints one line per object; exits 1 on any failure.
//   kubectl kustomize --load-restrictor LoadRestrictionsNone docker/k8s/overlays/demo | node validate.mjs
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const sources = process.argv.length > 2 ? process.argv.slice(2) : ["/dev/stdin"];
let failed = 0;
let checked = 0;

for (const source of sources) {
  const documents = parseAllDocuments(readFileSync(source, "utf8"));
  for (const document of documents) {
    if (document.errors.length > 0) {
      failed++;
      console.log(`FAIL ${source}: invalid YAML: ${document.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const object = document.toJS();
    if (object === null || object === undefined) continue;
    checked++;
    const name = `${object.kind ?? "?"}/${object.metadata?.name ?? "?"} (${object.apiVersion ?? "?"})`;
    try {
      const model = await modelFor(object.apiVersion, object.kind);
      new model(object).validate();
      console.log(`ok   ${name}`);
    } catch (error) {
      failed++;
      console.log(`FAIL ${name}: ${describe(error)}`);
    }
  }
}

console.log(`${checked - failed} valid, ${failed} invalid`);
process.exit(failed === 0 && checked > 0 ? 0 : 1);

/** The model class for apiVersion/kind: "v1" → kubernetes-models/v1, "apps/v1" → kubernetes-models/apps/v1. */
async function modelFor(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string" || !/^[A-Za-z0-9.\/-]+$/.test(apiVersion) || !/^[A-Za-z0-9]+$/.test(kind)) {
    throw new Error("apiVersion and kind are required");
  }
  let module;
  try {
    module = await import(`kubernetes-models/${apiVersion}`);
  } catch {
    throw new Error(`unknown apiVersion ${apiVersion}`);
  }
  if (typeof module[kind] !== "function") {
    throw new Error(`unknown kind ${kind} in ${apiVersion}`);
  }
  return module[kind];
}

function describe(error) {
  if (Array.isArray(error?.errors)) {
    return error.errors.map((e) => `${e.instancePath || "/"} ${e.message}${e.params ? " " + JSON.stringify(e.params) : ""}`).join("; ");
  }
  return error?.message ?? String(error);
}
