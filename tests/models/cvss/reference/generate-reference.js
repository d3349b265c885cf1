// Writes the scores that the npm package ae-cvss-calculator (an implementation independent
// of PSIRT Desk) gives every base vector of CVSS v4.0, v3.1, v3.0 and v2.0, one score per
// line, in the enumeration order that tst_CvssReference.cpp uses: metrics in specification
// order, the first metric varying slowest, values in the order of the PSIRT Desk tables.
// Usage: node generate-reference.js <node_modules parent> <output dir>
'use strict';
const path = require('path');
const fs = require('fs');
const ae = require(path.join(process.argv[2], 'node_modules', 'ae-cvss-calculator'));
const out = process.argv[3];
const version = require(path.join(process.argv[2], 'node_modules', 'ae-cvss-calculator', 'package.json')).version;

function enumerate(prefix, metrics, separator) {
    const vectors = [];
    const keys = Object.keys(metrics);
    (function walk(i, text) {
        if (i === keys.length) {
            vectors.push(text);
            return;
        }
        for (const v of metrics[keys[i]])
            walk(i + 1, text + (i === 0 && !prefix ? '' : separator) + keys[i] + ':' + v);
    })(0, prefix);
    return vectors;
}

function write(name, vectors, score) {
    const lines = [`# ae-cvss-calculator ${version}; ${vectors.length} vectors; first ${vectors[0]}; last ${vectors[vectors.length - 1]}`];
    for (const v of vectors) {
        const s = score(v);
        lines.push(s === undefined || s === null ? 'NaN' : Number(s).toFixed(1));
    }
    fs.writeFileSync(path.join(out, name), lines.join('\n') + '\n');
}

const v4 = enumerate('CVSS:4.0', {
    AV: ['N', 'A', 'L', 'P'], AC: ['L', 'H'], AT: ['N', 'P'], PR: ['N', 'L', 'H'], UI: ['N', 'P', 'A'],
    VC: ['H', 'L', 'N'], VI: ['H', 'L', 'N'], VA: ['H', 'L', 'N'], SC: ['H', 'L', 'N'], SI: ['H', 'L', 'N'],
    SA: ['H', 'L', 'N'],
}, '/');
write('ae-cvss4-base.txt', v4, (v) => new ae.Cvss4P0(v).calculateScores().overall);

const v3metrics = {
    AV: ['N', 'A', 'L', 'P'], AC: ['L', 'H'], PR: ['N', 'L', 'H'], UI: ['N', 'R'], S: ['U', 'C'],
    C: ['H', 'L', 'N'], I: ['H', 'L', 'N'], A: ['H', 'L', 'N'],
};
write('ae-cvss31-base.txt', enumerate('CVSS:3.1', v3metrics, '/'), (v) => new ae.Cvss3P1(v).calculateScores().base);
write('ae-cvss30-base.txt', enumerate('CVSS:3.0', v3metrics, '/'), (v) => new ae.Cvss3P0(v).calculateScores().base);
const v2 = enumerate('', {
    AV: ['L', 'A', 'N'], AC: ['H', 'M', 'L'], Au: ['M', 'S', 'N'], C: ['N', 'P', 'C'], I: ['N', 'P', 'C'],
    A: ['N', 'P', 'C'],
}, '/');
write('ae-cvss2-base.txt', v2, (v) => new ae.Cvss2(v).calculateScores().base);

// A seeded sample of full vectors (every metric group, values including X) per version,
// written as "vector<TAB>score" with the score the vector stands for (ae's "overall").
function sample(name, count, prefix, groups, make) {
    let seed = 20240601;
    const random = (n) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return Math.floor((seed / 2147483648) * n);
    };
    const lines = [`# ae-cvss-calculator ${version}; ${count} random vectors with all metric groups`];
    for (let i = 0; i < count; ++i) {
        const parts = [];
        for (const [key, values, mandatory] of groups) {
            const v = values[random(values.length)];
            if (mandatory || v !== null)
                parts.push(key + ':' + (v === null ? values[0] : v));
        }
        const vector = (prefix ? prefix + '/' : '') + parts.join('/');
        const s = make(vector).calculateScores().overall;
        lines.push(vector + '\t' + (s === undefined || s === null ? 'NaN' : Number(s).toFixed(1)));
    }
    fs.writeFileSync(path.join(out, name), lines.join('\n') + '\n');
}

// null stands for "metric left out"; optional metrics are also sometimes given as X.
const X = [null, null, 'X'];
const v4Groups = [
    ['AV', ['N', 'A', 'L', 'P'], true], ['AC', ['L', 'H'], true], ['AT', ['N', 'P'], true],
    ['PR', ['N', 'L', 'H'], true], ['UI', ['N', 'P', 'A'], true], ['VC', ['H', 'L', 'N'], true],
    ['VI', ['H', 'L', 'N'], true], ['VA', ['H', 'L', 'N'], true], ['SC', ['H', 'L', 'N'], true],
    ['SI', ['H', 'L', 'N'], true], ['SA', ['H', 'L', 'N'], true],
    ['E', [...X, 'A', 'P', 'U']],
    ['CR', [...X, 'H', 'M', 'L']], ['IR', [...X, 'H', 'M', 'L']], ['AR', [...X, 'H', 'M', 'L']],
    ['MAV', [...X, 'N', 'A', 'L', 'P']], ['MAC', [...X, 'L', 'H']], ['MAT', [...X, 'N', 'P']],
    ['MPR', [...X, 'N', 'L', 'H']], ['MUI', [...X, 'N', 'P', 'A']], ['MVC', [...X, 'H', 'L', 'N']],
    ['MVI', [...X, 'H', 'L', 'N']], ['MVA', [...X, 'H', 'L', 'N']], ['MSC', [...X, 'H', 'L', 'N']],
    ['MSI', [...X, 'S', 'H', 'L', 'N']], ['MSA', [...X, 'S', 'H', 'L', 'N']],
    ['S', [...X, 'N', 'P']], ['AU', [...X, 'N', 'Y']], ['R', [...X, 'A', 'U', 'I']], ['V', [...X, 'D', 'C']],
    ['RE', [...X, 'L', 'M', 'H']], ['U', [...X, 'Clear', 'Green', 'Amber', 'Red']],
];
sample('ae-cvss4-sample.txt', 20000, 'CVSS:4.0', v4Groups, (v) => new ae.Cvss4P0(v));
const v3Groups = [
    ['AV', ['N', 'A', 'L', 'P'], true], ['AC', ['L', 'H'], true], ['PR', ['N', 'L', 'H'], true],
    ['UI', ['N', 'R'], true], ['S', ['U', 'C'], true], ['C', ['H', 'L', 'N'], true], ['I', ['H', 'L', 'N'], true],
    ['A', ['H', 'L', 'N'], true],
    ['E', [...X, 'H', 'F', 'P', 'U']], ['RL', [...X, 'U', 'W', 'T', 'O']], ['RC', [...X, 'C', 'R', 'U']],
    ['CR', [...X, 'H', 'M', 'L']], ['IR', [...X, 'H', 'M', 'L']], ['AR', [...X, 'H', 'M', 'L']],
    ['MAV', [...X, 'N', 'A', 'L', 'P']], ['MAC', [...X, 'L', 'H']], ['MPR', [...X, 'N', 'L', 'H']],
    ['MUI', [...X, 'N', 'R']], ['MS', [...X, 'U', 'C']], ['MC', [...X, 'H', 'L', 'N']],
    ['MI', [...X, 'H', 'L', 'N']], ['MA', [...X, 'H', 'L', 'N']],
];
sample('ae-cvss31-sample.txt', 20000, 'CVSS:3.1', v3Groups, (v) => new ae.Cvss3P1(v));
sample('ae-cvss30-sample.txt', 20000, 'CVSS:3.0', v3Groups, (v) => new ae.Cvss3P0(v));
const ND = [null, null, 'ND'];
const v2Groups = [
    ['AV', ['L', 'A', 'N'], true], ['AC', ['H', 'M', 'L'], true], ['Au', ['M', 'S', 'N'], true],
    ['C', ['N', 'P', 'C'], true], ['I', ['N', 'P', 'C'], true], ['A', ['N', 'P', 'C'], true],
    ['E', [...ND, 'U', 'POC', 'F', 'H']], ['RL', [...ND, 'OF', 'TF', 'W', 'U']], ['RC', [...ND, 'UC', 'UR', 'C']],
    ['CDP', [...ND, 'N', 'L', 'LM', 'MH', 'H']], ['TD', [...ND, 'N', 'L', 'M', 'H']],
    ['CR', [...ND, 'L', 'M', 'H']], ['IR', [...ND, 'L', 'M', 'H']], ['AR', [...ND, 'L', 'M', 'H']],
];
sample('ae-cvss2-sample.txt', 20000, '', v2Groups, (v) => new ae.Cvss2(v));
