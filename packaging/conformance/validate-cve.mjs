#!/usr/bin/env node
// Validates CVE records against the CVE Record Format 5 JSON schema published by the CVE
// Program (the bundled, draft-07 schema with every reference inlined), with ajv and
// ajv-formats, as CVE Services' own schema check does.
//
// usage: node validate-cve.mjs [--schema FILE] FILE|DIR...
//
// --schema defaults to tests/data/cve-schema/CVE_Record_Format_bundled.json of the
// repository this script is in. A DIR is searched recursively for *.json.
// Output: per record its schema errors (instancePath, message, params); then a summary.
// Exit status: 0 when every record validates; 1 when any does not (or is not JSON);
// 2 on a usage error.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { jsonFiles } from './files.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
let schemaFile = path.resolve(here, '../../tests/data/cve-schema/CVE_Record_Format_bundled.json')
const inputs = []
const args = process.argv.slice(2)
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--schema') schemaFile = args[++i]
  else if (args[i] === '-h' || args[i] === '--help') {
    console.log('usage: node validate-cve.mjs [--schema FILE] FILE|DIR...')
    process.exit(0)
  } else inputs.push(args[i])
}
if (inputs.length === 0 || !schemaFile) {
  console.error('usage: node validate-cve.mjs [--schema FILE] FILE|DIR...')
  process.exit(2)
}

const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'))
// draft-07 is ajv's default dialect. Strict mode off: the schema does not compile in it
// (e.g. strictRequired: a "required" property not defined beside it, in an anyOf branch).
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
const validateRecord = ajv.compile(schema)


const files = []
for (const input of inputs) {
  if (!fs.existsSync(input)) {
    console.error(`${input}: no such file or directory`)
    process.exit(2)
  }
  files.push(...(fs.statSync(input).isDirectory() ? jsonFiles(input) : [input]))
}

let failed = 0
const byKeyword = new Map() // "keyword instancePath-pattern" -> records
for (const file of files) {
  let record
  try {
    record = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (e) {
    console.log(`${file}: NOT JSON: ${e.message}`)
    failed++
    continue
  }
  if (validateRecord(record)) continue
  failed++
  console.log(`${file}: FAIL (${record?.cveMetadata?.cveId ?? 'no cveMetadata.cveId'})`)
  for (const e of validateRecord.errors) {
    console.log(`  ${e.instancePath || '/'}  ${e.message}  ${JSON.stringify(e.params)}  (schema ${e.schemaPath})`)
    const key = `${e.keyword} ${e.message}`
    byKeyword.set(key, (byKeyword.get(key) ?? new Set()).add(file))
  }
}

const schemaVersion = schema?.$id ?? schemaFile
console.log('')
console.log(`CVE schema: ${path.relative(process.cwd(), schemaFile) || schemaFile} (${schemaVersion}); ajv ${pkgVersion('ajv')}, ajv-formats ${pkgVersion('ajv-formats')}`)
console.log(`CVE records validated: ${files.length}; failing: ${failed}`)
if (byKeyword.size) {
  console.log('Errors by keyword and message (records):')
  for (const [k, s] of [...byKeyword].sort((a, b) => b[1].size - a[1].size)) console.log(`  ${String(s.size).padStart(5)}  ${k}`)
}
console.log(failed ? 'FAILED' : `PASSED: every one of ${files.length} CVE record(s) validates.`)
process.exit(failed ? 1 : 0)

function pkgVersion(name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(here, 'node_modules', name, 'package.json'), 'utf8')).version
  } catch {
    return '(version unknown)'
  }
}
