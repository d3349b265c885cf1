#!/usr/bin/env node
// Validates CSAF 2.0 documents with BSI's CSAF validator library
// (@secvisogram/csaf-validator-lib, the library behind Secvisogram and BSI's validator
// service), the way a CSAF aggregator or a consumer would.
//
// usage: node validate-csaf.mjs [--quiet-info] FILE|DIR...
//
// A DIR is searched recursively for *.json; there provider-metadata.json, ROLIE feeds (a
// top-level "feed") and other JSON without a top-level "document" are skipped and counted.
// A FILE named on the command line is always validated.
//
// Tests run, in this order, through the library's validate(tests, document):
//   - the strict CSAF 2.0 JSON schema test (csaf_2_0_strict: no unknown properties);
//   - every mandatory test 6.1.x (mandatoryTests.js, including 6.1.8, the schema test
//     the library also runs as a mandatory test);
//   - every optional test 6.2.x (optionalTests.js: CSAF 2.0's "optional tests", which
//     CSAF 2.1 renames "recommended tests");
//   - the informative tests 6.3.x that need nothing outside this process.
// Skipped informative tests (they need a network or an external program):
//   - 6.3.6 "Use of non-self referencing URLs Failing to Resolve" and
//     6.3.7 "Use of self referencing URLs Failing to Resolve": they send an HTTP request
//     to every URL in the document (the demo data's URLs are under *.example anyway);
//   - 6.3.8 "Spell check": runs the hunspell program with a dictionary for the document's
//     language (a spell-checking service in BSI's validator).
//
// Output: per document, every finding as "test-id  level  instancePath  message"; then a
// table: per test id, how many documents have findings and how many findings in all.
// Exit status: 0 when no document fails the schema test, a mandatory test or an optional
// (recommended) test; 1 otherwise (informative findings never fail), also when a file
// is not JSON; 2 on a usage error.

import fs from 'node:fs'
import path from 'node:path'
import validate from '@secvisogram/csaf-validator-lib/validate.js'
import { csaf_2_0_strict } from '@secvisogram/csaf-validator-lib/schemaTests.js'
import * as mandatory from '@secvisogram/csaf-validator-lib/mandatoryTests.js'
import * as optional from '@secvisogram/csaf-validator-lib/optionalTests.js'
import * as informative from '@secvisogram/csaf-validator-lib/informativeTests.js'
import { jsonFiles } from './files.mjs'

const skippedInformative = {
  informativeTest_6_3_6: 'resolves every non-self URL over HTTP (network)',
  informativeTest_6_3_7: 'resolves the self URLs over HTTP (network)',
  informativeTest_6_3_8: 'spell check with the external hunspell program',
}

function byTestNumber(a, b) {
  const na = a.name.split('_').slice(1).map(Number)
  const nb = b.name.split('_').slice(1).map(Number)
  for (let i = 0; i < Math.max(na.length, nb.length); i++) {
    const d = (na[i] ?? -1) - (nb[i] ?? -1)
    if (d) return d
  }
  return 0
}

const groups = [
  { kind: 'schema', tests: [csaf_2_0_strict], fails: true },
  { kind: 'mandatory', tests: Object.values(mandatory).sort(byTestNumber), fails: true },
  { kind: 'optional', tests: Object.values(optional).sort(byTestNumber), fails: true },
  {
    kind: 'informative',
    tests: Object.values(informative)
      .filter((t) => !(t.name in skippedInformative))
      .sort(byTestNumber),
    fails: false,
  },
]
const tests = groups.flatMap((g) => g.tests)
const kindOf = new Map(groups.flatMap((g) => g.tests.map((t) => [t.name, g])))

// mandatoryTest_6_1_27_3 -> 6.1.27.3; csaf_2_0_strict -> schema (csaf_2_0_strict)
function testId(name) {
  const m = /^(?:mandatory|optional|informative)Test_(.*)$/.exec(name)
  return m ? m[1].replaceAll('_', '.') : `schema (${name})`
}

const args = process.argv.slice(2)
let quietInfo = false
const inputs = []
for (const a of args) {
  if (a === '--quiet-info') quietInfo = true
  else if (a === '-h' || a === '--help') {
    console.log('usage: node validate-csaf.mjs [--quiet-info] FILE|DIR...')
    process.exit(0)
  } else inputs.push(a)
}
if (inputs.length === 0) {
  console.error('usage: node validate-csaf.mjs [--quiet-info] FILE|DIR...')
  process.exit(2)
}


const files = [] // { file, explicit }
for (const input of inputs) {
  if (!fs.existsSync(input)) {
    console.error(`${input}: no such file or directory`)
    process.exit(2)
  }
  if (fs.statSync(input).isDirectory()) files.push(...jsonFiles(input).map((file) => ({ file, explicit: false })))
  else files.push({ file: input, explicit: true })
}

const skipped = []
const perTest = new Map() // test name -> { docs: Set, findings: n }
let failedDocs = 0
let validated = 0
let unreadable = 0

for (const { file, explicit } of files) {
  let doc
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (e) {
    console.log(`${file}: NOT JSON: ${e.message}`)
    unreadable++
    continue
  }
  if (!explicit && (path.basename(file) === 'provider-metadata.json' || doc?.document === undefined)) {
    skipped.push(file)
    continue
  }
  validated++

  let results
  try {
    results = (await validate(tests, doc)).tests
  } catch (e) {
    // One test threw: run them one by one to name it, and count the throw as a finding.
    results = []
    for (const t of tests) {
      try {
        results.push(...(await validate([t], doc)).tests)
      } catch (e2) {
        results.push({ name: t.name, isValid: false, errors: [{ instancePath: '', message: `test threw: ${e2?.stack ?? e2}` }], warnings: [], infos: [] })
      }
    }
  }

  const lines = []
  let docFails = false
  for (const r of results) {
    const group = kindOf.get(r.name)
    const findings = [
      ...r.errors.map((f) => ['error', f]),
      ...r.warnings.map((f) => ['warning', f]),
      ...r.infos.map((f) => ['info', f]),
    ]
    // A test that says it is not valid but gives no reason still fails.
    if (!r.isValid && r.errors.length === 0) findings.push(['error', { instancePath: '', message: '(test reports invalid without an error)' }])
    if (findings.length === 0) continue
    const entry = perTest.get(r.name) ?? { docs: new Set(), findings: 0 }
    entry.docs.add(file)
    entry.findings += findings.length
    perTest.set(r.name, entry)
    if (group.fails) docFails = true
    if (!group.fails && quietInfo) continue
    for (const [level, f] of findings) {
      const extra = f.params && Object.keys(f.params).length ? ` ${JSON.stringify(f.params)}` : ''
      lines.push(`  ${testId(r.name).padEnd(26)} ${level.padEnd(7)} ${f.instancePath || '/'}  ${f.message}${extra}`)
    }
  }
  if (docFails) failedDocs++
  if (lines.length) {
    console.log(`${file}: ${docFails ? 'FAIL' : 'ok (informative findings only)'}`)
    for (const l of lines) console.log(l)
  }
}

console.log('')
console.log('CSAF validator: @secvisogram/csaf-validator-lib ' + libVersion())
console.log(`Tests run per document: ${tests.length} (${groups.map((g) => `${g.tests.length} ${g.kind}`).join(', ')})`)
console.log(`Informative tests not run: ${Object.entries(skippedInformative).map(([n, why]) => `${testId(n)} (${why})`).join('; ')}`)
console.log(`Documents validated: ${validated}; failing (schema, mandatory or optional): ${failedDocs}; skipped (not CSAF documents): ${skipped.length}${unreadable ? `; not JSON: ${unreadable}` : ''}`)
for (const s of skipped) console.log(`  skipped: ${s}`)
console.log('')
if (perTest.size === 0) {
  console.log('No test has a finding.')
} else {
  console.log(`${'test'.padEnd(26)} ${'kind'.padEnd(12)} ${'documents'.padStart(9)} ${'findings'.padStart(9)}`)
  for (const t of tests) {
    const e = perTest.get(t.name)
    if (!e) continue
    console.log(`${testId(t.name).padEnd(26)} ${kindOf.get(t.name).kind.padEnd(12)} ${String(e.docs.size).padStart(9)} ${String(e.findings).padStart(9)}`)
  }
}
const failing = tests.map((t) => t.name).filter((n) => perTest.has(n) && kindOf.get(n).fails)
console.log('')
console.log(failing.length ? `FAILED: ${failing.map(testId).join(', ')}` : `PASSED: no schema, mandatory or optional test fails on ${validated} document(s).`)
process.exit(unreadable || failing.length ? 1 : 0)

function libVersion() {
  try {
    const url = new URL('./node_modules/@secvisogram/csaf-validator-lib/package.json', import.meta.url)
    return JSON.parse(fs.readFileSync(url, 'utf8')).version
  } catch {
    return '(version unknown)'
  }
}
