#include "SimilarityIndex.h"

#include <QRegularExpression>

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
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QSet<QString> set;
    for (const QString &word : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 3 && !stopWords().contains(word))
            set.insert(word);
        if (set.size() >= 64) // titles are short; a hostile one is cut
            break;
    }
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
    const auto productIt = m_postings.constFind(product.trimmed().toLower());
    if (productIt == m_postings.cend())
        return 0;
    const QSet<QString> mine = tokens(title);
    QHash<qint64, int> shared;
    for (const QString &t : mine) {
        const auto it = productIt->constFind(t);
        if (it == productIt->cend())
            continue;
        for (qint64 id : *it)
            ++shared[id];
    }
    qint64 best = 0;
    double bestScore = 0;
    for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
        const qsizetype theirs = m_titles.value(it.key()).tokens.size();
        const double s = double(it.value()) / double(mine.size() + theirs - it.value());
        if (s >= kThreshold && (s > bestScore || (s == bestScore && it.key() < best))) {
            best = it.key();
            bestScore = s;
        }
    }
    if (score)
        *score = bestScore;
    return best;
}
