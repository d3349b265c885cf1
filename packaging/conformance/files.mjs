// The JSON files under a folder, depth first, in name order: what the validators and
// tree.mjs read.
import fs from 'node:fs'
import path from 'node:path'

export function jsonFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) return jsonFiles(p)
      return e.isFile() && e.name.endsWith('.json') ? [p] : []
    })
}
