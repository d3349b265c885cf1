#include "PolicyStore.h"

#include "storage/Database.h"
#include "storage/StoredText.h"
#include "storage/TeamSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

using StoredText::sqlError;

Result<QJsonObject> parseObject(const QByteArray &json)
{
    if (json.size() > PolicyStore::maxDocumentBytes)
        return Result<QJsonObject>::failure(QCoreApplication::translate(
            "PolicyStore", "A stored policy or calendar is larger than %1 KiB; it was not read.")
                .arg(PolicyStore::maxDocumentBytes / 1024));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QJsonObject>::failure(
            QCoreApplication::translate("PolicyStore", "A stored document is damaged: %1")
                .arg(error.errorString()));
    return doc.object();
}

// Table names come from this file only, never from input; values are always bound.
const QString kPolicies = QStringLiteral("sla_policies");
const QString kCalendars = QStringLiteral("sla_calendars");

} // namespace

PolicyStore::PolicyStore(Database &db)
    : m_db(db)
{ }

Status PolicyStore::save(
    const QString &table, const QString &id, const QString &name, const QByteArray &json, bool replace)
{
    // Nothing is stored that could not be loaded again.
    if (json.size() > maxDocumentBytes)
        return Status::failure(QCoreApplication::translate(
            "PolicyStore", "This policy or calendar would take more than %1 KiB; shorten its texts or lists.")
                .arg(maxDocumentBytes / 1024));
    QSqlQuery q(m_db.connection());
    const QString conflict = replace
        ? QStringLiteral(" ON CONFLICT (id) DO UPDATE SET name = excluded.name, json = excluded.json,"
                         " updated_at = excluded.updated_at")
        : QStringLiteral(" ON CONFLICT (id) DO NOTHING");
    q.prepare(u"INSERT INTO " + table + u" (id, name, json, updated_at) VALUES (?, ?, ?, ?)" + conflict);
    q.addBindValue(id);
    q.addBindValue(name.isEmpty() ? id : name); // a nameless policy is listed by its id
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

Result<QList<QByteArray>> PolicyStore::documents(const QString &table, const QString &id) const
{
    QSqlQuery q(m_db.connection());
    if (id.isNull()) {
        q.prepare(u"SELECT json FROM " + table + u" ORDER BY id");
    } else {
        q.prepare(u"SELECT json FROM " + table + u" WHERE id = ?");
        q.addBindValue(id);
    }
    if (!q.exec())
        return Result<QList<QByteArray>>::failure(sqlError(q));
    QList<QByteArray> list;
    while (q.next())
        list.append(q.value(0).toString().toUtf8());
    return list;
}

Status PolicyStore::remove(const QString &table, const QString &id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM " + table + u" WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

Status PolicyStore::seedPresets()
{
    return m_db.transaction([this]() -> Status {
        for (const DisclosurePolicy &p : DisclosurePolicy::presets()) {
            const QByteArray json = QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact);
            if (Status s = save(kPolicies, p.id(), p.name(), json, false); !s)
                return s;
        }
        for (const BusinessCalendar &c : BusinessCalendar::presets()) {
            const QByteArray json = QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact);
            if (Status s = save(kCalendars, c.id(), c.name(), json, false); !s)
                return s;
        }
        return {};
    });
}

Result<QList<DisclosurePolicy>> PolicyStore::policies() const
{
    using R = Result<QList<DisclosurePolicy>>;
    const auto docs = documents(kPolicies, QString());
    if (!docs)
        return R::failure(docs.error());
    QList<DisclosurePolicy> list;
    for (const QByteArray &json : *docs) {
        const auto object = parseObject(json);
        if (!object)
            return R::failure(object.error());
        const auto p = DisclosurePolicy::fromJson(*object);
        if (!p)
            return R::failure(p.error());
        list.append(*p);
    }
    return list;
}

Result<DisclosurePolicy> PolicyStore::policy(const QString &id) const
{
    using R = Result<DisclosurePolicy>;
    const auto docs = documents(kPolicies, id);
    if (!docs)
        return R::failure(docs.error());
    if (docs->isEmpty())
        return R::failure(
            QCoreApplication::translate("PolicyStore", "There is no policy “%1”.").arg(id.left(64)));
    const auto object = parseObject(docs->constFirst());
    if (!object)
        return R::failure(object.error());
    return DisclosurePolicy::fromJson(*object);
}

Status PolicyStore::savePolicy(const DisclosurePolicy &policy)
{
    // Round-trip through the parser so nothing is stored that could not be loaded again.
    const QJsonObject json = policy.toJson();
    if (const auto check = DisclosurePolicy::fromJson(json); !check)
        return Status::failure(check.error());
    return save(
        kPolicies, policy.id(), policy.name(), QJsonDocument(json).toJson(QJsonDocument::Compact), true);
}

Status PolicyStore::removePolicy(const QString &id)
{
    return remove(kPolicies, id);
}

Result<QList<BusinessCalendar>> PolicyStore::calendars() const
{
    using R = Result<QList<BusinessCalendar>>;
    const auto docs = documents(kCalendars, QString());
    if (!docs)
        return R::failure(docs.error());
    QList<BusinessCalendar> list;
    for (const QByteArray &json : *docs) {
        const auto object = parseObject(json);
        if (!object)
            return R::failure(object.error());
        const auto c = BusinessCalendar::fromJson(*object);
        if (!c)
            return R::failure(c.error());
        list.append(*c);
    }
    return list;
}

Result<BusinessCalendar> PolicyStore::calendar(const QString &id) const
{
    using R = Result<BusinessCalendar>;
    const auto docs = documents(kCalendars, id);
    if (!docs)
        return R::failure(docs.error());
    if (docs->isEmpty())
        return R::failure(
            QCoreApplication::translate("PolicyStore", "There is no calendar “%1”.").arg(id.left(64)));
    const auto object = parseObject(docs->constFirst());
    if (!object)
        return R::failure(object.error());
    return BusinessCalendar::fromJson(*object);
}

Status PolicyStore::saveCalendar(const BusinessCalendar &calendar)
{
    const QJsonObject json = calendar.toJson();
    if (const auto check = BusinessCalendar::fromJson(json); !check)
        return Status::failure(check.error());
    return save(
        kCalendars, calendar.id(), calendar.name(), QJsonDocument(json).toJson(QJsonDocument::Compact), true);
}

Status PolicyStore::removeCalendar(const QString &id)
{
    return remove(kCalendars, id);
}

QString PolicyStore::defaultPolicyId() const
{
    return TeamSettings(m_db).value(TeamSettings::Key::SlaDefaultPolicy);
}

Status PolicyStore::setDefaultPolicyId(const QString &id)
{
    if (const auto p = policy(id); !p)
        return Status::failure(p.error());
    return TeamSettings(m_db).set(TeamSettings::Key::SlaDefaultPolicy, id);
}

QString PolicyStore::defaultCalendarId() const
{
    return TeamSettings(m_db).value(TeamSettings::Key::SlaDefaultCalendar);
}

Status PolicyStore::setDefaultCalendarId(const QString &id)
{
    if (const auto c = calendar(id); !c)
        return Status::failure(c.error());
    return TeamSettings(m_db).set(TeamSettings::Key::SlaDefaultCalendar, id);
}

QString PolicyStore::timeZoneId() const
{
    return TeamSettings(m_db).value(TeamSettings::Key::SlaTimeZone);
}

Status PolicyStore::setTimeZoneId(const QString &id)
{
    if (!id.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
        return Status::failure(
            QCoreApplication::translate("PolicyStore", "Unknown time zone “%1”.").arg(id.left(64)));
    return TeamSettings(m_db).set(TeamSettings::Key::SlaTimeZone, id);
}
