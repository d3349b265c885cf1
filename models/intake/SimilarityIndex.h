#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

/// Finds open cases that a new report may duplicate: the same product (case-insensitive)
/// and a close title or a close description. Closeness is the Jaccard similarity
/// |A∩B| / |A∪B| of the lower-cased words of three or more letters, minus a short
/// stop-word list, computed for the titles and for the descriptions separately.
///
/// Threshold: 0.5 for either. Re-worded titles of the same finding ("Buffer overflow in web
/// login of SMx" / "SMx web login buffer overflow") score 0.6 to 1.0; different findings in
/// the same component share a word or two and stay under 0.4. A report re-sent under a new
/// title keeps most of its description's words (a paragraph added or cut still scores over
/// 0.6), while two different findings in one product share their boilerplate ("attacker",
/// "firmware", "device") and stay under 0.3. A description counts by its first
/// kMaxDescriptionWords distinct words, so a hostile megabyte costs what a page does.
///
/// The index is an inverted word list per product, so a report is compared only with cases
/// that share a word with it that at most kMaxPostings cases of the product use. Words are
/// numbered once and a text is kept as its sorted word numbers: comparing two is a merge of
/// two short integer arrays, not a string-hash lookup per word (intake runs it for every
/// message against a hundred candidates).
class SimilarityIndex final
{
public:
    static constexpr double kThreshold = 0.5;
    static constexpr int kMaxPostings = 64;
    static constexpr int kMaxTitleWords = 64;
    static constexpr int kMaxDescriptionWords = 200;

    /// Which text made a case similar.
    enum class Basis { None, Title, Description };
    struct Match
    {
        qint64 caseId = 0; // 0: no open case is close enough
        double score = 0;
        Basis basis = Basis::None;
    };

    static QSet<QString> tokens(const QString &text, int maxWords = kMaxTitleWords);
    static double jaccard(const QSet<QString> &a, const QSet<QString> &b);

    void add(qint64 caseId, const QString &product, const QString &title, const QString &description = {});
    /// The most similar case at or above the threshold on its title or its description; ties
    /// go to the lower (older) case id.
    Match mostSimilar(const QString &product, const QString &title, const QString &description = {}) const;
    int size() const { return int(m_entries.size()); }

private:
    using Words = std::vector<quint32>; // sorted, distinct word numbers
    struct Entry
    {
        Words title;
        Words description;
    };
    using Postings = QHash<quint32, QList<qint64>>; // word → cases with that word
    static double overlap(const Words &a, const Words &b);
    /// A text's words by number; a word not seen before gets a new number when learn is set,
    /// else a number of its own that no indexed text has.
    Words numbered(const QString &text, int maxWords, bool learn) const;
    static void collect(const Postings &postings, const Words &words, QSet<qint64> *candidates);

    mutable QHash<QString, quint32> m_numbers;

    QHash<qint64, Entry> m_entries;
    // product (lower case) → postings of the titles' and of the descriptions' words
    QHash<QString, Postings> m_titlePostings;
    QHash<QString, Postings> m_descriptionPostings;
};
