#!/usr/bin/env node
// Helpers for run.sh that read a published CSAF provider tree.
//
//   node tree.mjs documents DIR   the CSAF documents of the tree, one path a line: every
//                                 *.json except provider-metadata.json and the ROLIE feeds
//                                 that provider-metadata.json names (and any file whose
//                                 name starts with "feed-", in case it names none)
//   node tree.mjs cves FILE...    for each CSAF document, "TRACKING-ID<TAB>CVE-ID<TAB>FILE"
//                                 for every vulnerabilities[].cve, one a line

import fs from 'node:fs'
import path from 'node:path'
import { jsonFiles } from './files.mjs'


const [cmd, ...args] = process.argv.slice(2)
if (cmd === 'documents' && args.length === 1) {
  const dir = args[0]
  const metadataFile = path.join(dir, 'provider-metadata.json')
  const feeds = new Set()
  if (fs.existsSync(metadataFile)) {
    const metadata = JSON.parse(fs.readFileSync(metadataFile, 'utf8'))
    for (const d of metadata.distributions ?? []) {
      const base = (d.directory_url ?? '').replace(/\/+$/, '') + '/'
      for (const f of d.rolie?.feeds ?? []) {
        // The feed's path below the tree's base URL, or else its file name.
        feeds.add(f.url.startsWith(base) ? f.url.slice(base.length) : path.basename(new URL(f.url).pathname))
      }
    }
  }
  for (const file of jsonFiles(dir)) {
    const rel = path.relative(dir, file)
    if (rel === 'provider-metadata.json') continue
    if (feeds.has(rel.split(path.sep).join('/')) || (path.dirname(rel) === '.' && rel.startsWith('feed-'))) continue
    console.log(file)
  }
} else if (cmd === 'cves' && args.length > 0) {
  for (const file of args) {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'))
    const id = doc?.document?.tracking?.id
    for (const v of doc?.vulnerabilities ?? []) {
      if (v?.cve) console.log(`${id}\t${v.cve}\t${file}`)
    }
  }
} else {
  console.error('usage: node tree.mjs documents DIR | cves FILE...')
  process.exit(2)
}
