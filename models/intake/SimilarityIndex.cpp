#include "SimilarityIndex.h"

namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words {QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("for"),
        QStringLiteral("with"), QStringLiteral("from"), QStringLiteral("via"), QStringLiteral("that"),
        QStringLiteral("this"), QStringLiteral("are"), QStringLiteral("was"), QStringLiteral("psirt"),
        QStringLiteral("case"), QStringLiteral("report"), QStringLiteral("vulnerability")};
    return words;
}

} // namespace

QSet<QString> SimilarityIndex::tokens(const QString &text)
{
    QSet<QString> set;
    QString word;
    // By hand rather than a regular-expression split: this runs for every imported report.
    const auto flush = [&] {
        if (word.size() >= 3 && !stopWords().contains(word))
            set.insert(word);
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            word.append(c.toLower());
        else
            flush();
        if (set.size() >= 64) // titles are short; a hostile one is cut
            return set;
    }
    flush();
    return set;
}

double SimilarityIndex::jaccard(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    int common = 0;
    for (const QString &t : a)
        common += b.contains(t) ? 1 : 0;
    return double(common) / double(a.size() + b.size() - common);
}

void SimilarityIndex::add(qint64 caseId, const QString &product, const QString &title)
{
    const QString key = product.trimmed().toLower();
    Entry entry {key, tokens(title)};
    auto &postings = m_postings[key];
    for (const QString &t : std::as_const(entry.tokens))
        postings[t].append(caseId);
    m_titles.insert(caseId, std::move(entry));
}

qint64 SimilarityIndex::mostSimilar(const QString &product, const QString &title, double *score) const
{
    if (score)
        *score = 0;
    const auto productIt = m_postings.constFind(product.trimmed().toLower());
    if (productIt == m_postings.cend())
        return 0;
    const QSet<QString> mine = tokens(title);
    // Candidates come from the words that few cases share; a word in the titles of more than
    // kMaxPostings cases of the product ("overflow") says little and would make every
    // report a scan of the product's cases. Candidates are then scored on all their words.
    QSet<qint64> candidates;
    for (const QString &t : mine) {
        const auto it = productIt->constFind(t);
        if (it == productIt->cend() || it->size() > kMaxPostings)
            continue;
        for (qint64 id : *it)
            candidates.insert(id);
    }
    qint64 best = 0;
    double bestScore = 0;
    for (qint64 id : std::as_const(candidates)) {
        const double s = jaccard(mine, m_titles.constFind(id)->tokens);
        if (s >= kThreshold && (s > bestScore || (s == bestScore && id < best))) {
            best = id;
            bestScore = s;
        }
    }
    if (score)
        *score = bestScore;
    return best;
}
