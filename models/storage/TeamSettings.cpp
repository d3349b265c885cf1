#include "TeamSettings.h"

#include "Database.h"
#include "storage/StoredText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include <array>

namespace {

using Key = TeamSettings::Key;
using Kind = TeamSettings::Kind;

struct Declaration
{
    Key key;
    const char *label; // for messages, translated in the "TeamSettings" context
    const char *name; // as stored; "%1" stands for the item of a per-item key
    Kind kind;
    qsizetype maxLength;
    const char *defaultValue; // prose is marked for translation in the "TeamSettings" context
};

// Every team setting, once. A stored name never changes: databases in use keep it.
constexpr std::array kDeclarations {
    Declaration {Key::AdvisoryPublisherName,
        QT_TRANSLATE_NOOP("TeamSettings", "The advisory publisher's name"), "advisory_publisher_name",
        Kind::Line, 200, ""},
    Declaration {Key::AdvisoryPublisherNamespace,
        QT_TRANSLATE_NOOP("TeamSettings", "The advisory publisher's namespace"),
        "advisory_publisher_namespace", Kind::Line, 500, ""},
    Declaration {Key::AdvisoryPublisherContact,
        QT_TRANSLATE_NOOP("TeamSettings", "The advisory publisher's contact"), "advisory_publisher_contact",
        Kind::Line, 500, ""},
    Declaration {Key::AdvisoryVendorName, QT_TRANSLATE_NOOP("TeamSettings", "The vendor name in advisories"),
        "advisory_vendor_name", Kind::Line, 200, ""},
    Declaration {Key::CveOrgId, QT_TRANSLATE_NOOP("TeamSettings", "The CNA's organization id"), "cve_org_id",
        Kind::Line, 100, ""},
    Declaration {Key::CveShortName, QT_TRANSLATE_NOOP("TeamSettings", "The CNA's short name"),
        "cve_short_name", Kind::Line, 100, ""},
    Declaration {Key::CorrespondenceTeamAddress, QT_TRANSLATE_NOOP("TeamSettings", "The team's address"),
        "correspondence_team_address", Kind::Line, 320, ""},
    Declaration {Key::CorrespondenceTeamName, QT_TRANSLATE_NOOP("TeamSettings", "The team's name"),
        "correspondence_team_name", Kind::Line, 200,
        QT_TRANSLATE_NOOP("TeamSettings", "Product Security Team")},
    Declaration {Key::CorrespondenceGnupgHome, QT_TRANSLATE_NOOP("TeamSettings", "The GnuPG home"),
        "correspondence_gnupg_home", Kind::Line, 1000, ""},
    Declaration {Key::CorrespondenceSigningKey, QT_TRANSLATE_NOOP("TeamSettings", "The signing key"),
        "correspondence_signing_key", Kind::Line, 200, ""},
    // The defaults of the two template keys are the built-in templates (ReplyTemplates).
    Declaration {Key::ReplyTemplateSubject, QT_TRANSLATE_NOOP("TeamSettings", "A template's subject"),
        "reply_template.%1.subject", Kind::Line, 500, ""},
    Declaration {Key::ReplyTemplateBody, QT_TRANSLATE_NOOP("TeamSettings", "A template's body"),
        "reply_template.%1.body", Kind::Text, 100000, ""},
    // DisclosurePolicy::iso29147Id(); tst_teamsettings checks that the two agree.
    Declaration {Key::SlaDefaultPolicy, QT_TRANSLATE_NOOP("TeamSettings", "The default disclosure policy"),
        "sla_default_policy", Kind::Line, 100, "iso29147-5-15-90"},
    Declaration {Key::SlaDefaultCalendar, QT_TRANSLATE_NOOP("TeamSettings", "The default business calendar"),
        "sla_default_calendar", Kind::Line, 100, "US"},
    Declaration {Key::SlaTimeZone, QT_TRANSLATE_NOOP("TeamSettings", "The team's time zone"), "sla_time_zone",
        Kind::Line, 100, ""}, // empty: the system's zone
    // TrackingIdPattern::defaultPattern(); tst_teamsettings checks that the two agree.
    Declaration {Key::TrackingIdPattern, QT_TRANSLATE_NOOP("TeamSettings", "The tracking id pattern"),
        "tracking_id_pattern", Kind::Line, 200, "PSIRT-{YYYY}-{NNNN}"},
    Declaration {Key::IntakeSubjectPatterns, QT_TRANSLATE_NOOP("TeamSettings", "The report subject patterns"),
        "intake_subject_patterns", Kind::Lines, 5000, "PSIRT Case"},
    // Product::defaultSupportMonths, from policy 001; tst_teamsettings checks the two agree.
    Declaration {Key::ProductSupportMonths,
        QT_TRANSLATE_NOOP("TeamSettings", "The months of security fixes after EOL/OBS"),
        "product_support_months", Kind::Number, 4, "12"},
};

const Declaration &declaration(Key key)
{
    for (const Declaration &d : kDeclarations) {
        if (d.key == key)
            return d;
    }
    Q_UNREACHABLE();
}

bool isPerItem(const Declaration &d)
{
    return QByteArrayView(d.name).contains("%1");
}

QString label(const Declaration &d)
{
    return QCoreApplication::translate("TeamSettings", d.label);
}

QStringList cleanLines(const QStringList &entries)
{
    QStringList lines;
    for (const QString &entry : entries) {
        for (const QString &line : entry.split(u'\n')) {
            if (const QString trimmed = line.trimmed(); !trimmed.isEmpty())
                lines.append(trimmed);
        }
    }
    return lines;
}

Result<QString> clean(const Declaration &d, const QString &value)
{
    QString stored;
    switch (d.kind) {
    case Kind::Line:
        stored = value.trimmed();
        if (stored.contains(u'\n') || stored.contains(u'\r'))
            return Result<QString>::failure(
                QCoreApplication::translate("TeamSettings", "%1 must be a single line.").arg(label(d)));
        break;
    case Kind::Lines:
        stored = cleanLines({value}).join(u'\n');
        break;
    case Kind::Text:
        stored = value;
        break;
    case Kind::Number: {
        stored = value.trimmed();
        bool ok = false;
        const int n = stored.toInt(&ok);
        if (!ok || n < 0 || n > 1200 || stored.contains(u'+'))
            return Result<QString>::failure(
                QCoreApplication::translate("TeamSettings", "%1 must be a whole number from 0 to 1200.")
                    .arg(label(d)));
        stored = QString::number(n);
        break;
    }
    }
    if (stored.size() > d.maxLength)
        return Result<QString>::failure(
            QCoreApplication::translate("TeamSettings", "%1 is longer than %2 characters.")
                .arg(label(d))
                .arg(d.maxLength));
    // Never a null QString: Qt binds it as SQL NULL, and settings values are NOT NULL.
    return stored.isNull() ? QStringLiteral("") : stored;
}

} // namespace

TeamSettings::TeamSettings(Database &db)
    : m_db(db)
{ }

QList<TeamSettings::Key> TeamSettings::keys()
{
    QList<Key> all;
    for (const Declaration &d : kDeclarations)
        all.append(d.key);
    return all;
}

TeamSettings::Kind TeamSettings::kind(Key key)
{
    return declaration(key).kind;
}

QString TeamSettings::defaultValue(Key key)
{
    const Declaration &d = declaration(key);
    if (*d.defaultValue == '\0')
        return QStringLiteral("");
    return QCoreApplication::translate("TeamSettings", d.defaultValue);
}

QString TeamSettings::storedName(Key key, const QString &item)
{
    const Declaration &d = declaration(key);
    Q_ASSERT(isPerItem(d) != item.isEmpty());
    return isPerItem(d) ? QString::fromLatin1(d.name).arg(item) : QString::fromLatin1(d.name);
}

QString TeamSettings::value(Key key, const QString &item) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(storedName(key, item));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return defaultValue(key);
}

QStringList TeamSettings::list(Key key) const
{
    Q_ASSERT(kind(key) == Kind::Lines);
    const QStringList entries = cleanLines({value(key)});
    return entries.isEmpty() ? cleanLines({defaultValue(key)}) : entries;
}

int TeamSettings::number(Key key) const
{
    Q_ASSERT(kind(key) == Kind::Number);
    bool ok = false;
    const int n = value(key).toInt(&ok);
    return ok && n >= 0 && n <= 1200 ? n : defaultValue(key).toInt();
}

bool TeamSettings::isStored(Key key, const QString &item) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM settings WHERE key = ?"));
    q.addBindValue(storedName(key, item));
    return q.exec() && q.next();
}

Status TeamSettings::set(Key key, const QString &value, const QString &item)
{
    const Declaration &d = declaration(key);
    if (isPerItem(d)) {
        // The item becomes part of a key: keep it a plain identifier.
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
        if (!identifier.match(item).hasMatch())
            return Status::failure(
                QCoreApplication::translate("TeamSettings", "“%1” is not a valid name.").arg(item.left(64)));
    }
    const Result<QString> stored = clean(d, value);
    if (!stored)
        return Status::failure(stored.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(storedName(key, item));
    q.addBindValue(*stored);
    if (!q.exec())
        return Status::failure(StoredText::sqlError(q));
    return {};
}

Status TeamSettings::setList(Key key, const QStringList &entries)
{
    Q_ASSERT(kind(key) == Kind::Lines);
    return set(key, cleanLines(entries).join(u'\n'));
}

Status TeamSettings::set(std::initializer_list<std::pair<Key, QString>> values)
{
    return m_db.transaction([&]() -> Status {
        for (const auto &[key, value] : values) {
            if (const Status s = set(key, value); !s)
                return s;
        }
        return {};
    });
}

Status TeamSettings::reset(Key key, const QString &item)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(storedName(key, item));
    if (!q.exec())
        return Status::failure(StoredText::sqlError(q));
    return {};
}
