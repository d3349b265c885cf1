#include "LineDiff.h"

#include <algorithm>
#include <vector>

namespace {

enum class Op { Keep, Remove, Add };

// Myers' greedy shortest edit script with the V array saved per D, then traced back.
// Returns false when more than maxEdits edits are needed.
bool myers(const QList<size_t> &a, const QList<size_t> &b, qsizetype maxEdits, std::vector<Op> *script)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    const qsizetype max = qMin(n + m, maxEdits);
    const qsizetype offset = max + 1;
    std::vector<qsizetype> v(size_t(2 * max + 3), 0);
    // trace[d] holds V for k in [-d, d] as it was before step d: about D² ints in all.
    std::vector<std::vector<int>> trace;
    for (qsizetype d = 0; d <= max; ++d) {
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)];
            else
                x = v[size_t(offset + k - 1)] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                // Trace back from (n, m) through the saved V arrays.
                qsizetype cx = n;
                qsizetype cy = m;
                std::vector<Op> reversed;
                for (qsizetype dd = d; dd > 0; --dd) {
                    const std::vector<int> &trail = trace[size_t(dd)];
                    const auto pv
                        = [&](qsizetype diagonal) { return qsizetype(trail[size_t(diagonal + dd)]); };
                    const qsizetype ck = cx - cy;
                    const bool down = ck == -dd || (ck != dd && pv(ck - 1) < pv(ck + 1));
                    const qsizetype pk = down ? ck + 1 : ck - 1;
                    const qsizetype px = pv(pk);
                    const qsizetype py = px - pk;
                    while (cx > px && cy > py) {
                        reversed.push_back(Op::Keep);
                        --cx;
                        --cy;
                    }
                    reversed.push_back(down ? Op::Add : Op::Remove);
                    cx = px;
                    cy = py;
                }
                while (cx > 0 && cy > 0) {
                    reversed.push_back(Op::Keep);
                    --cx;
                    --cy;
                }
                script->assign(reversed.rbegin(), reversed.rend());
                return true;
            }
        }
    }
    return false;
}

} // namespace

LineDiff LineDiff::compare(const QStringList &left, const QStringList &right)
{
    LineDiff diff;
    qsizetype prefix = 0;
    while (prefix < left.size() && prefix < right.size() && left.at(prefix) == right.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < left.size() - prefix && suffix < right.size() - prefix
        && left.at(left.size() - 1 - suffix) == right.at(right.size() - 1 - suffix))
        ++suffix;
    for (qsizetype i = 0; i < prefix; ++i)
        diff.m_rows.append({Kind::Same, i, i});

    QList<size_t> a;
    QList<size_t> b;
    for (qsizetype i = prefix; i < left.size() - suffix; ++i)
        a.append(qHash(left.at(i)));
    for (qsizetype i = prefix; i < right.size() - suffix; ++i)
        b.append(qHash(right.at(i)));
    std::vector<Op> script;
    if (!myers(a, b, kMaxEdits, &script)) {
        diff.m_approximate = true;
        script.clear();
        script.insert(script.end(), size_t(a.size()), Op::Remove);
        script.insert(script.end(), size_t(b.size()), Op::Add);
    }

    // Hash equality stands for line equality; a collision would show as "same" only if
    // the texts differ, so it is checked and turned into a change.
    qsizetype li = prefix;
    qsizetype ri = prefix;
    QList<qsizetype> removed;
    QList<qsizetype> added;
    const auto flush = [&] {
        const qsizetype paired = qMin(removed.size(), added.size());
        for (qsizetype i = 0; i < paired; ++i)
            diff.m_rows.append({Kind::Changed, removed.at(i), added.at(i)});
        for (qsizetype i = paired; i < removed.size(); ++i)
            diff.m_rows.append({Kind::Removed, removed.at(i), -1});
        for (qsizetype i = paired; i < added.size(); ++i)
            diff.m_rows.append({Kind::Added, -1, added.at(i)});
        removed.clear();
        added.clear();
    };
    for (const Op op : script) {
        if (op == Op::Keep) {
            flush();
            diff.m_rows.append({left.at(li) == right.at(ri) ? Kind::Same : Kind::Changed, li, ri});
            ++li;
            ++ri;
        } else if (op == Op::Remove) {
            removed.append(li++);
        } else {
            added.append(ri++);
        }
    }
    flush();
    for (qsizetype i = 0; i < suffix; ++i)
        diff.m_rows.append({Kind::Same, left.size() - suffix + i, right.size() - suffix + i});
    return diff;
}

qsizetype LineDiff::changedRows() const
{
    return std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.kind != Kind::Same; });
}
