#pragma once

#include <QDate>
#include <QList>
#include <QString>

/// An entry of the product catalogue. Policy 000 covers listed products only (third-party
/// products are out of scope); policy 001 keeps end-of-life and obsolete products under
/// security updates for one year after their EOL/OBS date.
struct Product
{
    enum class Lifecycle { Active, EndOfLife, Obsolete };

    qint64 id = 0;
    QString name;
    QString productLine;
    bool thirdParty = false;
    Lifecycle lifecycle = Lifecycle::Active;
    QDate endOfLife; // valid when lifecycle is EndOfLife or Obsolete
    QDate obsolete; // valid when lifecycle is Obsolete
    /// Who makes it, as advisories name it ("OpenSSL", "Linux"); empty: the publisher's own
    /// vendor (Settings → Advisory Publisher), which is right for the team's own products.
    QString vendor;

    static QString lifecycleId(Lifecycle l);
    static Lifecycle lifecycleFromId(const QString &id);
    static QString lifecycleName(Lifecycle l);

    /// The last day security updates are owed: one year after the EOL or OBS date, or an
    /// invalid date for an active product.
    QDate securityUpdatesUntil() const;
};

/// What intake should tell the analyst about a product named in a report.
struct ScopeAssessment
{
    enum class Verdict { InScope, Unknown, ThirdParty, PastSecurityUpdates };
    Verdict verdict = Verdict::Unknown;
    QString message; // translated, empty when in scope
};

/// Judges a reported product against the catalogue on a given day.
ScopeAssessment assessScope(const QList<Product> &catalogue, const QString &productName, const QDate &on);
