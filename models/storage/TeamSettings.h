#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

class Database;

/// The team-wide settings of one case database, and the only reader and writer of its
/// settings table. Every setting the product keeps is declared once, in the table at the
/// top of TeamSettings.cpp, with its stored name, kind and default (as KeePassXC's Config
/// declares its keys); code names a setting by TeamSettings::Key, never by a string, and
/// the kind decides how a value is cleaned and checked before it is stored. Settings of one
/// analyst on one machine (window layout, the analyst's name) belong to AppSettings.
///
/// A TeamSettings holds nothing but its connection: a store or a background job on another
/// connection makes its own, and all of them read the same table.
class TeamSettings final
{
public:
    enum class Key {
        AdvisoryPublisherName,
        AdvisoryPublisherNamespace,
        AdvisoryPublisherContact,
        AdvisoryVendorName,
        CveOrgId,
        CveShortName,
        CorrespondenceTeamAddress,
        CorrespondenceTeamName,
        CorrespondenceGnupgHome,
        CorrespondenceSigningKey,
        ReplyTemplateSubject, // one per template: the template id is the item
        ReplyTemplateBody, // one per template: the template id is the item
        SlaDefaultPolicy,
        SlaDefaultCalendar,
        SlaTimeZone,
        TrackingIdPattern,
        IntakeSubjectPatterns,
        ProductSupportMonths,
    };

    enum class Kind {
        /// One line, trimmed. A line break is refused: the team's name and address end up in
        /// mail headers, where a line break would start a header of its own.
        Line,
        /// A list, one entry per line: entries trimmed, blank ones dropped.
        Lines,
        /// Text kept exactly as written (a template body).
        Text,
        /// A whole number from 0 to 1200 (months, days), digits only.
        Number,
    };

    explicit TeamSettings(Database &db);

    /// The stored value, or the key's default when none is stored.
    QString value(Key key, const QString &item = {}) const;
    /// A Kind::Lines setting's entries; the default's entries when none are stored.
    QStringList list(Key key) const;
    /// A Kind::Number setting's value; the default's when none (or nothing valid) is stored.
    int number(Key key) const;
    /// Whether a value is stored, rather than the default in force.
    bool isStored(Key key, const QString &item = {}) const;

    /// Cleans value by the key's kind and stores it; refuses a value the kind does not allow.
    [[nodiscard]] Status set(Key key, const QString &value, const QString &item = {});
    [[nodiscard]] Status setList(Key key, const QStringList &entries);
    /// Several settings in one transaction: all are stored, or none.
    [[nodiscard]] Status set(std::initializer_list<std::pair<Key, QString>> values);
    /// Forgets the stored value, so the default is in force again.
    [[nodiscard]] Status reset(Key key, const QString &item = {});

    static Kind kind(Key key);
    /// The default, translated where it is prose.
    static QString defaultValue(Key key);
    /// The key as stored in the settings table (with the item, for a key with one per item).
    static QString storedName(Key key, const QString &item = {});
    /// Every key, for tests and for a settings export.
    static QList<Key> keys();

private:
    Database &m_db;
};
