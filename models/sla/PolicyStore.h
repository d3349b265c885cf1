#pragma once

#include "core/Result.h"
#include "sla/BusinessCalendar.h"
#include "sla/DisclosurePolicy.h"

#include <QList>
#include <QString>

class Database;

/// Loads and saves disclosure policies and business-day calendars in the case database
/// (tables sla_policies and sla_calendars, schema version 2), and the team's defaults in
/// settings. Documents are stored as JSON; every statement is parameterised and the same on
/// SQLite and PostgreSQL.
class PolicyStore final
{
public:
    /// A stored policy or calendar document, on save and on load (another client may have
    /// written it): the largest within the bounds of DisclosurePolicy and BusinessCalendar
    /// with ordinary text is a few hundred KiB, so 4 MiB never refuses a real one.
    static constexpr qsizetype maxDocumentBytes = 4 * 1024 * 1024;

    explicit PolicyStore(Database &db);

    /// Adds the shipped presets that are missing; a preset a team has edited stays as edited.
    Status seedPresets();

    Result<QList<DisclosurePolicy>> policies() const;
    Result<DisclosurePolicy> policy(const QString &id) const;
    Status savePolicy(const DisclosurePolicy &policy);
    Status removePolicy(const QString &id);

    Result<QList<BusinessCalendar>> calendars() const;
    Result<BusinessCalendar> calendar(const QString &id) const;
    Status saveCalendar(const BusinessCalendar &calendar);
    Status removeCalendar(const QString &id);

    QString defaultPolicyId() const;
    Status setDefaultPolicyId(const QString &id);
    QString defaultCalendarId() const;
    Status setDefaultCalendarId(const QString &id);
    /// IANA id; empty means the system zone.
    QString timeZoneId() const;
    Status setTimeZoneId(const QString &id);

private:
    Status save(
        const QString &table, const QString &id, const QString &name, const QByteArray &json, bool replace);
    Result<QList<QByteArray>> documents(const QString &table, const QString &id) const;
    Status remove(const QString &table, const QString &id);

    Database &m_db;
};
