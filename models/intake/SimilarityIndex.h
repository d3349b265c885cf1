#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

/// Finds open cases that a new report may duplicate: the same product (case-insensitive)
/// and a title whose token set is close, by Jaccard similarity |A∩B| / |A∪B| of the
/// lower-cased words of three or more letters, minus a short stop-word list.
///
/// Threshold: 0.5. Re-worded titles of the same finding ("Buffer overflow in web login of
/// SMx" / "SMx web login buffer overflow") score 0.6 to 1.0; different findings in the same
/// component share a word or two and stay under 0.4. The index is an inverted token list
/// per product, so a report is compared only with cases that share a word with it that at
/// most kMaxPostings cases of the product use.
class SimilarityIndex final
{
public:
    static constexpr double kThreshold = 0.5;
    static constexpr int kMaxPostings = 64;

    static QSet<QString> tokens(const QString &text);
    static double jaccard(const QSet<QString> &a, const QSet<QString> &b);

    void add(qint64 caseId, const QString &product, const QString &title);
    /// The most similar case at or above the threshold, or 0.
    qint64 mostSimilar(const QString &product, const QString &title, double *score = nullptr) const;
    int size() const { return int(m_titles.size()); }

private:
    struct Entry
    {
        QString product;
        QSet<QString> tokens;
    };
    QHash<qint64, Entry> m_titles;
    // product (lower case) → token → cases with that token
    QHash<QString, QHash<QString, QList<qint64>>> m_postings;
};
