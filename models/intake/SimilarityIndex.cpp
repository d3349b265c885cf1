#include "SimilarityIndex.h"

#include <algorithm>
#include <limits>

namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words {QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("for"),
        QStringLiteral("with"), QStringLiteral("from"), QStringLiteral("via"), QStringLiteral("that"),
        QStringLiteral("this"), QStringLiteral("are"), QStringLiteral("was"), QStringLiteral("psirt"),
        QStringLiteral("case"), QStringLiteral("report"), QStringLiteral("vulnerability"),
        QStringLiteral("can"), QStringLiteral("which"), QStringLiteral("when"), QStringLiteral("not"),
        QStringLiteral("has"), QStringLiteral("have"), QStringLiteral("will"), QStringLiteral("into"),
        QStringLiteral("its"), QStringLiteral("any"), QStringLiteral("all"), QStringLiteral("there"),
        QStringLiteral("been")};
    return words;
}

} // namespace

namespace {

// Calls word(w) for each lower-cased word of three or more letters that is not a stop word,
// until it returns false. By hand rather than a regular-expression split: this runs for
// every imported report.
template<typename Fn>
void forEachWord(const QString &text, Fn word)
{
    QString current;
    const auto flush = [&] {
        const bool more = current.size() < 3 || stopWords().contains(current) || word(current);
        current.clear();
        return more;
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            current.append(c.toLower());
        else if (!flush())
            return;
    }
    flush();
}

} // namespace

QSet<QString> SimilarityIndex::tokens(const QString &text, int maxWords)
{
    QSet<QString> set;
    forEachWord(text, [&](const QString &w) {
        set.insert(w);
        return set.size() < maxWords; // a hostile text is cut
    });
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

double SimilarityIndex::overlap(const Words &a, const Words &b)
{
    if (a.empty() || b.empty())
        return 0;
    size_t common = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

SimilarityIndex::Words SimilarityIndex::numbered(const QString &text, int maxWords, bool learn) const
{
    Words words;
    // Unknown words of a query count towards its size but match nothing: numbered from the
    // top down, where the learnt numbers (from 0 up) never reach.
    quint32 unknown = std::numeric_limits<quint32>::max();
    QSet<QString> seen;
    forEachWord(text, [&](const QString &w) {
        if (seen.contains(w))
            return true;
        seen.insert(w);
        auto it = m_numbers.constFind(w);
        if (it != m_numbers.cend())
            words.push_back(*it);
        else if (learn)
            words.push_back(*m_numbers.insert(w, quint32(m_numbers.size())));
        else
            words.push_back(unknown--);
        return int(words.size()) < maxWords;
    });
    std::sort(words.begin(), words.end());
    return words;
}

void SimilarityIndex::add(
    qint64 caseId, const QString &product, const QString &title, const QString &description)
{
    const QString key = product.trimmed().toLower();
    Entry entry {numbered(title, kMaxTitleWords, true), numbered(description, kMaxDescriptionWords, true)};
    auto &titles = m_titlePostings[key];
    for (quint32 w : entry.title)
        titles[w].append(caseId);
    if (!entry.description.empty()) {
        auto &descriptions = m_descriptionPostings[key];
        for (quint32 w : entry.description)
            descriptions[w].append(caseId);
    }
    m_entries.insert(caseId, std::move(entry));
}

void SimilarityIndex::collect(const Postings &postings, const Words &words, QSet<qint64> *candidates)
{
    // Candidates come from the words that few cases share; a word used by more than
    // kMaxPostings cases of the product ("overflow") says little and would make every
    // report a scan of the product's cases. Candidates are then scored on all their words.
    for (quint32 w : words) {
        const auto it = postings.constFind(w);
        if (it == postings.cend() || it->size() > kMaxPostings)
            continue;
        for (qint64 id : *it)
            candidates->insert(id);
    }
}

SimilarityIndex::Match SimilarityIndex::mostSimilar(
    const QString &product, const QString &title, const QString &description) const
{
    const QString key = product.trimmed().toLower();
    const auto titles = m_titlePostings.constFind(key);
    const auto descriptions = m_descriptionPostings.constFind(key);
    if (titles == m_titlePostings.cend() && descriptions == m_descriptionPostings.cend())
        return {};
    const Words myTitle = numbered(title, kMaxTitleWords, false);
    const Words myDescription = numbered(description, kMaxDescriptionWords, false);
    QSet<qint64> candidates;
    if (titles != m_titlePostings.cend())
        collect(*titles, myTitle, &candidates);
    if (descriptions != m_descriptionPostings.cend())
        collect(*descriptions, myDescription, &candidates);

    Match best;
    const auto consider = [&best](qint64 id, double score, Basis basis) {
        if (score >= kThreshold
            && (score > best.score || (score == best.score && (best.caseId == 0 || id < best.caseId)))) {
            best = {id, score, basis};
        }
    };
    for (qint64 id : std::as_const(candidates)) {
        const Entry &entry = *m_entries.constFind(id);
        consider(id, overlap(myTitle, entry.title), Basis::Title);
        consider(id, overlap(myDescription, entry.description), Basis::Description);
    }
    return best;
}
