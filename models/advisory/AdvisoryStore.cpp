#include "AdvisoryStore.h"

#include "core/Analyst.h"
#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/StoredText.h"
#include "storage/TeamSettings.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

using StoredText::dec;
using StoredText::enc;
using StoredText::sqlError;

using Key = TeamSettings::Key;

AdvisoryPublisher AdvisoryPublisher::load(const TeamSettings &settings)
{
    return {settings.value(Key::AdvisoryPublisherName), settings.value(Key::AdvisoryPublisherNamespace),
        settings.value(Key::AdvisoryPublisherContact), settings.value(Key::CveOrgId),
        settings.value(Key::CveShortName), settings.value(Key::AdvisoryVendorName), {}};
}

Status AdvisoryPublisher::save(TeamSettings &settings) const
{
    return settings.set({{Key::AdvisoryPublisherName, name}, {Key::AdvisoryPublisherNamespace, nameSpace},
        {Key::AdvisoryPublisherContact, contact}, {Key::CveOrgId, cveOrgId},
        {Key::CveShortName, cveShortName}, {Key::AdvisoryVendorName, vendor}});
}

Status AdvisoryPublisher::validateForCsaf() const
{
    if (name.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate(
            "AdvisoryStore", "Set the advisory publisher's name first (Settings → Advisory Publisher)."));
    const QUrl url(nameSpace, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty())
        return Status::failure(QCoreApplication::translate("AdvisoryStore",
            "The publisher's namespace must be an https address, such as https://psirt.example.com."));
    return {};
}

Status AdvisoryPublisher::validateForCve() const
{
    const QUuid uuid = QUuid::fromString(cveOrgId.trimmed());
    if (uuid.isNull())
        return Status::failure(QCoreApplication::translate(
            "AdvisoryStore", "A CVE record needs the CNA's organisation id (a UUID from the CVE Program)."));
    return {};
}

AdvisoryStore::AdvisoryStore(CaseStore &cases, QObject *parent)
    : QObject(parent)
    , m_cases(cases)
    , m_db(cases.database())
    , m_audit(cases.auditLog())
{ }

Status AdvisoryStore::writeCves(qint64 caseId, const AdvisoryData &data, QStringList *added)
{
    QSet<QString> now;
    for (const Vulnerability &v : data.vulnerabilities) {
        if (const QString cve = v.cve.trimmed().toUpper(); !cve.isEmpty())
            now.insert(cve);
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT cve_id FROM case_cves WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Status::failure(sqlError(q));
    QSet<QString> before;
    while (q.next())
        before.insert(q.value(0).toString());
    q.finish();
    for (const QString &gone : before - now) {
        q.prepare(QStringLiteral("DELETE FROM case_cves WHERE case_id = ? AND cve_id = ?"));
        q.addBindValue(caseId);
        q.addBindValue(gone);
        if (!q.exec())
            return Status::failure(sqlError(q));
    }
    for (const QString &cve : now - before) {
        q.prepare(QStringLiteral("INSERT INTO case_cves (case_id, cve_id) VALUES (?, ?)"));
        q.addBindValue(caseId);
        q.addBindValue(cve);
        if (!q.exec())
            return Status::failure(sqlError(q));
        if (added)
            added->append(cve);
    }
    return {};
}

AdvisoryStore::~AdvisoryStore() = default;

AdvisoryPublisher AdvisoryStore::publisher() const
{
    return AdvisoryPublisher::load(TeamSettings(m_db));
}

Status AdvisoryStore::savePublisher(const AdvisoryPublisher &publisher)
{
    TeamSettings settings(m_db);
    return publisher.save(settings);
}

Result<AdvisoryStore::Stored> AdvisoryStore::read(const Database &db, qint64 caseId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT data, row_version FROM case_advisories WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Result<Stored>::failure(sqlError(q));
    if (!q.next())
        return Stored {};
    const auto data = AdvisoryData::fromJson(dec(q.value(0)).toUtf8());
    if (!data)
        return Result<Stored>::failure(data.error());
    return Stored {*data, q.value(1).toInt()};
}

Result<int> AdvisoryStore::save(qint64 caseId, const AdvisoryData &data, int expectedVersion)
{
    if (const Status valid = data.validate(); !valid)
        return Result<int>::failure(valid.error());
    int version = 0;
    const Status s = m_db.transaction([&]() -> Status {
        const auto current = load(caseId);
        if (!current)
            return Status::failure(current.error());
        const auto stale = [] {
            return Status::failure(QCoreApplication::translate("AdvisoryStore",
                "Someone else changed this case's advisory data meanwhile; reload it and apply your change "
                "again."));
        };
        if (current->rowVersion != expectedVersion)
            return stale();
        const qint64 now = Clock::nowUtc().toMSecsSinceEpoch();
        version = expectedVersion + 1;
        QSqlQuery q(m_db.connection());
        if (expectedVersion == 0) {
            q.prepare(QStringLiteral(
                "INSERT INTO case_advisories (case_id, data, row_version, updated_at, updated_by)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING"));
            q.addBindValue(caseId);
            q.addBindValue(enc(QString::fromUtf8(data.toJson())));
            q.addBindValue(version);
            q.addBindValue(now);
            q.addBindValue(enc(Analyst::current()));
        } else {
            q.prepare(QStringLiteral("UPDATE case_advisories SET data = ?, row_version = ?, updated_at = ?,"
                                     " updated_by = ? WHERE case_id = ? AND row_version = ?"));
            q.addBindValue(enc(QString::fromUtf8(data.toJson())));
            q.addBindValue(version);
            q.addBindValue(now);
            q.addBindValue(enc(Analyst::current()));
            q.addBindValue(caseId);
            q.addBindValue(expectedVersion);
        }
        if (!q.exec())
            return Status::failure(sqlError(q));
        // A colleague's save between the load above and this write (PostgreSQL reads
        // committed data, so both saw expectedVersion) leaves no row to write: stale, not lost.
        if (q.numRowsAffected() != 1)
            return stale();
        const auto recorded = m_audit.record({caseId, CaseField::Advisory,
            {{QStringLiteral("advisory"), current->rowVersion == 0 ? QString() : current->data.summary(),
                data.summary()}},
            -1, QDateTime::fromMSecsSinceEpoch(now, QTimeZone::UTC)});
        if (!recorded)
            return Status::failure(recorded.error());
        QStringList added;
        if (const Status cves = writeCves(caseId, data, &added); !cves)
            return cves;
        if (added.isEmpty())
            return {};
        const auto marked = m_cases.markKnownExploited(added);
        return marked ? Status() : Status::failure(marked.error());
    });
    if (!s)
        return Result<int>::failure(s.error());
    return version;
}

Status AdvisoryStore::importAdvisories(const QList<Imported> &advisories)
{
    for (const Imported &a : advisories) {
        if (const Status valid = a.data.validate(); !valid)
            return valid;
    }
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("INSERT INTO case_advisories (case_id, data, row_version, updated_at, updated_by)"
                           " VALUES (?, ?, 1, ?, ?)"));
        for (const Imported &a : advisories) {
            q.addBindValue(a.caseId);
            q.addBindValue(enc(QString::fromUtf8(a.data.toJson())));
            q.addBindValue(a.at.toMSecsSinceEpoch());
            q.addBindValue(enc(a.by));
            if (!q.exec())
                return Status::failure(sqlError(q));
            if (const Status cves = writeCves(a.caseId, a.data, nullptr); !cves)
                return cves;
        }
        return {};
    });
}
