#include "CaseCommands.h"

#include "core/Clock.h"
#include "core/TextSanitizer.h"
#include "demo/DemoGenerator.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <filesystem>
#include <optional>
#include <system_error>

namespace {

// Exit statuses: scripts tell a mistake in the command line from a failure while running.
constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;
// parse() result meaning "arguments fine, go on".
constexpr int kContinue = -1;

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringList {QStringLiteral("d"), QStringLiteral("database")},
        QCoreApplication::translate(
            "CaseCommands", "The case database: a SQLite file or a postgresql:// URL."),
        QCoreApplication::translate("CaseCommands", "location"));
}

QCommandLineOption formatOption(const QString &choices, const QString &fallback)
{
    return QCommandLineOption(QStringList {QStringLiteral("f"), QStringLiteral("format")},
        QCoreApplication::translate("CaseCommands", "Output format: %1 (default %2).").arg(choices, fallback),
        QCoreApplication::translate("CaseCommands", "format"), fallback);
}

// QCommandLineParser's own help names the executable only; ours names the command too.
QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QStringList args = QCoreApplication::arguments();
    if (!args.isEmpty()) {
        const qsizetype at = text.indexOf(args.constFirst());
        if (at >= 0)
            text.replace(at, args.constFirst().size(), command);
    }
    return text;
}

// Parses the arguments; kContinue when the command should run, else its exit status.
int parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n'
            << QCoreApplication::translate("CaseCommands", "Run “%1 --help” for its options.")
                   .arg(arguments.constFirst())
            << '\n';
        return kUsage;
    }
    // addHelpOption() also adds --help-all; without a Qt option set to show, both print ours.
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        out << helpText(parser, arguments.constFirst());
        return kOk;
    }
    return kContinue;
}

int usageError(QTextStream &err, const QString &command, const QString &message)
{
    err << message << '\n'
        << QCoreApplication::translate("CaseCommands", "Run “%1 --help” for its options.").arg(command)
        << '\n';
    return kUsage;
}

int failure(QTextStream &err, const QString &message)
{
    err << message << '\n';
    return kFailed;
}

// Opens a database that must already exist: Database::open() would create a missing SQLite
// file, and a typo in a path should not leave an empty database behind.
Status openExisting(Database &db, const QString &where)
{
    const auto location = Database::Location::parse(where);
    if (!location)
        return Status::failure(location.error());
    if (location->backend == Database::Backend::SQLite && !QFileInfo(location->path).isFile())
        return Status::failure(
            QCoreApplication::translate("CaseCommands", "There is no database at “%1”.").arg(location->path));
    return db.open(*location);
}

QString validStatusList()
{
    QStringList ids;
    for (CaseStatus s : CaseStatuses::all())
        ids.append(CaseStatuses::id(s));
    ids.append(QStringLiteral("open"));
    return ids.join(QStringLiteral(", "));
}

// "--status triage,confirmed" or a repeated --status; "open" names every open status.
std::optional<QSet<CaseStatus>> parseStatuses(const QStringList &values, QString *bad)
{
    QSet<CaseStatus> statuses;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            const QString name = part.trimmed();
            CaseStatus status;
            if (name.compare(u"open", Qt::CaseInsensitive) == 0) {
                for (CaseStatus s : CaseStatuses::all()) {
                    if (CaseStatuses::isOpen(s))
                        statuses.insert(s);
                }
            } else if (CaseStatuses::fromId(name, &status)) {
                statuses.insert(status);
            } else {
                *bad = name;
                return std::nullopt;
            }
        }
    }
    return statuses;
}

QString isoUtc(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::UTC).toString(Qt::ISODate);
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// One TSV field: backslash escapes keep each case on one line and its columns apart, and
// singleLine() makes the remaining controls and bidi overrides visible, so report text can
// neither break the format nor drive the terminal.
QString tsvField(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            escaped += QStringLiteral("\\\\");
            break;
        case u'\t':
            escaped += QStringLiteral("\\t");
            break;
        case u'\n':
            escaped += QStringLiteral("\\n");
            break;
        case u'\r':
            escaped += QStringLiteral("\\r");
            break;
        default:
            escaped += c;
        }
    }
    return TextSanitizer::singleLine(escaped);
}

QString scoreText(double score)
{
    return score < 0 ? QString() : QString::number(score, 'f', 1);
}

// ---- demo ------------------------------------------------------------------------------

void removeSqliteFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

int runDemo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CaseCommands", "Creates a demo case database with realistic, reproducible data."));
    const QCommandLineOption cases(QStringList {QStringLiteral("n"), QStringLiteral("cases")},
        QCoreApplication::translate("CaseCommands", "Number of cases (1 to %1).")
            .arg(DemoGenerator::maxCases),
        QCoreApplication::translate("CaseCommands", "count"));
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("out")},
        QCoreApplication::translate("CaseCommands",
            "The SQLite file to create, or an empty PostgreSQL database (postgresql:// URL)."),
        QCoreApplication::translate("CaseCommands", "file"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QCoreApplication::translate(
            "CaseCommands", "Random seed; the same seed and --now give the same data."),
        QCoreApplication::translate("CaseCommands", "seed"), QStringLiteral("1"));
    const QCommandLineOption now(QStringLiteral("now"),
        QCoreApplication::translate("CaseCommands",
            "The instant the data is as of, ISO 8601 (default: the current time; UTC if no offset is "
            "given)."),
        QCoreApplication::translate("CaseCommands", "time"));
    const QCommandLineOption force(
        QStringLiteral("force"), QCoreApplication::translate("CaseCommands", "Replace an existing file."));
    parser.addOptions({cases, output, seed, now, force});
    if (const int status = parse(parser, arguments, out, err); status != kContinue)
        return status;
    const QString command = arguments.constFirst();
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, command,
            QCoreApplication::translate("CaseCommands", "Unexpected argument “%1”.")
                .arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(cases) || !parser.isSet(output))
        return usageError(
            err, command, QCoreApplication::translate("CaseCommands", "--cases and --out are required."));

    DemoOptions options;
    bool ok = false;
    options.cases = parser.value(cases).toInt(&ok);
    if (!ok || options.cases < 1 || options.cases > DemoGenerator::maxCases)
        return usageError(err, command,
            QCoreApplication::translate("CaseCommands", "--cases must be a whole number from 1 to %1.")
                .arg(DemoGenerator::maxCases));
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return usageError(err, command,
            QCoreApplication::translate(
                "CaseCommands", "--seed must be a whole number from 0 to 4294967295."));
    if (parser.isSet(now)) {
        QDateTime t = QDateTime::fromString(parser.value(now), Qt::ISODateWithMs);
        if (!t.isValid())
            return usageError(err, command,
                QCoreApplication::translate(
                    "CaseCommands", "--now must be an ISO 8601 date and time, e.g. 2026-11-23T12:00:00Z."));
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeZone(QTimeZone::UTC);
        options.now = t.toUTC();
    } else {
        options.now = Clock::nowUtc();
    }

    const auto target = Database::Location::parse(parser.value(output));
    if (!target)
        return usageError(err, command, target.error());
    QElapsedTimer timer;
    timer.start();
    if (target->backend == Database::Backend::PostgreSQL) {
        Database db;
        if (Status s = db.open(*target); !s)
            return failure(err, s.error());
        if (Status s = DemoGenerator::generate(db, options); !s)
            return failure(err, s.error());
        out << QCoreApplication::translate("CaseCommands", "Wrote %1 demo cases to %2 in %3 s.")
                   .arg(options.cases)
                   .arg(target->displayString())
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << '\n';
        return kOk;
    }

    const QString path = target->path;
    if (QFileInfo::exists(path) && !parser.isSet(force))
        return failure(err,
            QCoreApplication::translate("CaseCommands", "“%1” exists; use --force to replace it.").arg(path));
    if (QFileInfo(path).isDir())
        return failure(err, QCoreApplication::translate("CaseCommands", "“%1” is a folder.").arg(path));
    // Built beside the target and renamed at the end, so a failed or interrupted run never
    // leaves a half-written database under the requested name.
    const QString partial = path + QStringLiteral(".partial");
    removeSqliteFiles(partial);
    {
        Database db;
        Status s = db.open(partial);
        if (s) {
            // The file is new and deleted if anything fails, so it needs neither a journal
            // nor syncs while it is built; that makes generation several times faster.
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("PRAGMA journal_mode=OFF"));
            q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
            q.exec(QStringLiteral("PRAGMA cache_size=-65536"));
            s = DemoGenerator::generate(db, options);
            if (s && !q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
                s = Status::failure(q.lastError().text());
        }
        db.close();
        if (!s) {
            removeSqliteFiles(partial);
            return failure(err, s.error());
        }
    }
    // A stale write-ahead log of the replaced file must not be replayed into the new one.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    std::error_code ec;
    std::filesystem::rename(
        std::filesystem::path(partial.toStdU16String()), std::filesystem::path(path.toStdU16String()), ec);
    if (ec) {
        removeSqliteFiles(partial);
        return failure(err,
            QCoreApplication::translate("CaseCommands", "Cannot move the new database to “%1”: %2")
                .arg(path, QString::fromLocal8Bit(ec.message())));
    }
    out << QCoreApplication::translate("CaseCommands", "Wrote %1 demo cases to %2 in %3 s.")
               .arg(options.cases)
               .arg(QDir::toNativeSeparators(path))
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << '\n';
    return kOk;
}

// ---- list ------------------------------------------------------------------------------

int runList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CaseCommands", "Lists cases, oldest first, optionally filtered."));
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption status(QStringList {QStringLiteral("s"), QStringLiteral("status")},
        QCoreApplication::translate("CaseCommands",
            "Only cases in this status; a comma-separated list or repeated option. Valid: %1.")
            .arg(validStatusList()),
        QCoreApplication::translate("CaseCommands", "status"));
    const QCommandLineOption search(QStringLiteral("search"),
        QCoreApplication::translate(
            "CaseCommands", "Only cases whose title, description or steps contain all these words."),
        QCoreApplication::translate("CaseCommands", "text"));
    const QCommandLineOption owner(QStringLiteral("owner"),
        QCoreApplication::translate("CaseCommands", "Only cases whose owner contains this text (any case)."),
        QCoreApplication::translate("CaseCommands", "name"));
    const QCommandLineOption unassigned(QStringLiteral("unassigned"),
        QCoreApplication::translate("CaseCommands", "Only cases without an owner."));
    const QCommandLineOption product(QStringLiteral("product"),
        QCoreApplication::translate(
            "CaseCommands", "Only cases whose product contains this text (any case)."),
        QCoreApplication::translate("CaseCommands", "name"));
    const QCommandLineOption format = formatOption(QStringLiteral("tsv, json"), QStringLiteral("tsv"));
    parser.addOptions({database, status, search, owner, unassigned, product, format});
    if (const int code = parse(parser, arguments, out, err); code != kContinue)
        return code;
    const QString command = arguments.constFirst();
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, command,
            QCoreApplication::translate("CaseCommands", "Unexpected argument “%1”.")
                .arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(database))
        return usageError(
            err, command, QCoreApplication::translate("CaseCommands", "--database is required."));
    const QString fmt = parser.value(format);
    if (fmt != u"tsv" && fmt != u"json")
        return usageError(err, command,
            QCoreApplication::translate("CaseCommands", "Unknown format “%1”; use tsv or json.").arg(fmt));
    QSet<CaseStatus> statuses;
    if (parser.isSet(status)) {
        QString bad;
        const auto parsed = parseStatuses(parser.values(status), &bad);
        if (!parsed)
            return usageError(err, command,
                QCoreApplication::translate("CaseCommands", "Unknown status “%1”. Valid statuses: %2.")
                    .arg(bad.left(100), validStatusList()));
        statuses = *parsed;
    }

    Database db;
    if (Status s = openExisting(db, parser.value(database)); !s)
        return failure(err, s.error());
    CaseStore store(db);
    std::optional<QSet<qint64>> matches;
    if (parser.isSet(search)) {
        const auto found = store.search(parser.value(search));
        if (!found)
            return failure(err, found.error());
        matches = QSet<qint64>(found->cbegin(), found->cend());
    }
    const auto rows = store.inboxRows();
    if (!rows)
        return failure(err, rows.error());

    const QString ownerText = parser.value(owner);
    const QString productText = parser.value(product);
    const auto wanted = [&](const InboxRow &r) {
        if (!statuses.isEmpty() && !statuses.contains(r.status))
            return false;
        if (matches && !matches->contains(r.id))
            return false;
        if (parser.isSet(unassigned) && !r.owner.isEmpty())
            return false;
        if (parser.isSet(owner) && !r.owner.contains(ownerText, Qt::CaseInsensitive))
            return false;
        if (parser.isSet(product) && !r.product.contains(productText, Qt::CaseInsensitive))
            return false;
        return true;
    };

    if (fmt == u"json") {
        QJsonArray array;
        for (const InboxRow &r : *rows) {
            if (!wanted(r))
                continue;
            array.append(QJsonObject {
                {QStringLiteral("id"), r.id},
                {QStringLiteral("tracking_id"), r.trackingId},
                {QStringLiteral("received"), isoUtc(r.receivedAtMs)},
                {QStringLiteral("status"), CaseStatuses::id(r.status)},
                {QStringLiteral("severity"), r.severity},
                {QStringLiteral("cvss_score"), r.cvssScore < 0 ? QJsonValue() : QJsonValue(r.cvssScore)},
                {QStringLiteral("owner"), r.owner},
                {QStringLiteral("product"), r.product},
                {QStringLiteral("title"), r.title},
            });
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return kOk;
    }
    out << "tracking_id\treceived\tstatus\tseverity\tcvss_score\towner\tproduct\ttitle\n";
    for (const InboxRow &r : *rows) {
        if (!wanted(r))
            continue;
        out << tsvField(r.trackingId) << '\t' << isoUtc(r.receivedAtMs) << '\t' << CaseStatuses::id(r.status)
            << '\t' << tsvField(r.severity) << '\t' << scoreText(r.cvssScore) << '\t' << tsvField(r.owner)
            << '\t' << tsvField(r.product) << '\t' << tsvField(r.title) << '\n';
    }
    return kOk;
}

// ---- show ------------------------------------------------------------------------------

QJsonObject caseJson(const Case &c, const QList<AuditEntry> &audit)
{
    QJsonArray trail;
    for (const AuditEntry &e : audit) {
        trail.append(QJsonObject {
            {QStringLiteral("at"), isoUtc(e.at)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("field"), e.field},
            {QStringLiteral("old_value"), e.oldValue},
            {QStringLiteral("new_value"), e.newValue},
        });
    }
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("tracking_id"), orNull(c.trackingId)},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("status"), CaseStatuses::id(c.status)},
        {QStringLiteral("paused_from"),
            c.pausedFrom ? QJsonValue(CaseStatuses::id(*c.pausedFrom)) : QJsonValue()},
        {QStringLiteral("duplicate_of"), c.duplicateOf > 0 ? QJsonValue(c.duplicateOf) : QJsonValue()},
        {QStringLiteral("product"), c.product},
        {QStringLiteral("product_version"), c.productVersion},
        {QStringLiteral("reporter_name"), c.reporterName},
        {QStringLiteral("reporter_email"), c.reporterEmail},
        {QStringLiteral("reporter_org"), c.reporterOrganisation},
        {QStringLiteral("consent_credit"), c.consentCredit},
        {QStringLiteral("consent_share_identity"), c.consentShareIdentity},
        {QStringLiteral("channel"), IntakeChannels::id(c.channel)},
        {QStringLiteral("received_at"), isoUtc(c.receivedAt)},
        {QStringLiteral("acknowledged_at"),
            c.acknowledgedAt.isValid() ? QJsonValue(isoUtc(c.acknowledgedAt)) : QJsonValue()},
        {QStringLiteral("owner"), c.owner},
        {QStringLiteral("cvss_vector"), c.cvssVector},
        {QStringLiteral("cvss_score"), c.cvssScore ? QJsonValue(*c.cvssScore) : QJsonValue()},
        {QStringLiteral("severity"), c.severity},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("steps"), c.stepsToReproduce},
        {QStringLiteral("created_at"), isoUtc(c.createdAt)},
        {QStringLiteral("updated_at"), isoUtc(c.updatedAt)},
        {QStringLiteral("row_version"), c.rowVersion},
        {QStringLiteral("audit"), trail},
    };
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("CaseCommands", "yes")
                 : QCoreApplication::translate("CaseCommands", "no");
}

void writeCaseText(QTextStream &out, const Case &c, const QList<AuditEntry> &audit, const CaseStore &store)
{
    using TextSanitizer::singleLine;
    QList<QPair<QString, QString>> lines;
    const auto line
        = [&lines](const QString &label, const QString &value) { lines.append({label, singleLine(value)}); };
    line(QCoreApplication::translate("CaseCommands", "Case"), QString::number(c.id));
    line(CaseFieldInfo::displayName(CaseField::TrackingId),
        c.trackingId.isEmpty() ? QCoreApplication::translate("CaseCommands", "(not issued)") : c.trackingId);
    line(CaseFieldInfo::displayName(CaseField::Title), c.title);
    QString status = CaseStatuses::displayName(c.status);
    if (c.pausedFrom)
        status = QCoreApplication::translate("CaseCommands", "%1 (paused from %2)")
                     .arg(status, CaseStatuses::displayName(*c.pausedFrom));
    line(CaseFieldInfo::displayName(CaseField::Status), status);
    if (c.duplicateOf > 0) {
        const auto original = store.caseById(c.duplicateOf);
        QString text = QString::number(c.duplicateOf);
        if (original && !original->trackingId.isEmpty())
            text += QStringLiteral(" (") + original->trackingId + u')';
        line(CaseFieldInfo::displayName(CaseField::DuplicateOf), text);
    }
    line(CaseFieldInfo::displayName(CaseField::Product), c.product);
    line(CaseFieldInfo::displayName(CaseField::ProductVersion), c.productVersion);
    line(CaseFieldInfo::displayName(CaseField::ReporterName), c.reporterName);
    line(CaseFieldInfo::displayName(CaseField::ReporterEmail), c.reporterEmail);
    line(CaseFieldInfo::displayName(CaseField::ReporterOrganisation), c.reporterOrganisation);
    line(CaseFieldInfo::displayName(CaseField::ConsentCredit), yesNo(c.consentCredit));
    line(CaseFieldInfo::displayName(CaseField::ConsentShareIdentity), yesNo(c.consentShareIdentity));
    line(CaseFieldInfo::displayName(CaseField::Channel), IntakeChannels::displayName(c.channel));
    line(CaseFieldInfo::displayName(CaseField::ReceivedAt), isoUtc(c.receivedAt));
    line(QCoreApplication::translate("CaseCommands", "Acknowledged"), isoUtc(c.acknowledgedAt));
    line(CaseFieldInfo::displayName(CaseField::Owner),
        c.owner.isEmpty() ? QCoreApplication::translate("CaseCommands", "(unassigned)") : c.owner);
    line(CaseFieldInfo::displayName(CaseField::CvssVector), c.cvssVector);
    line(CaseFieldInfo::displayName(CaseField::CvssScore), c.cvssScore ? scoreText(*c.cvssScore) : QString());
    line(CaseFieldInfo::displayName(CaseField::Severity), c.severity);
    line(QCoreApplication::translate("CaseCommands", "Created"), isoUtc(c.createdAt));
    line(QCoreApplication::translate("CaseCommands", "Updated"), isoUtc(c.updatedAt));
    qsizetype width = 0;
    for (const auto &l : std::as_const(lines))
        width = std::max(width, l.first.size());
    for (const auto &l : std::as_const(lines))
        out << QString(l.first + u':').leftJustified(width + 2) << l.second << '\n';

    const auto block = [&out](const QString &label, const QString &text) {
        out << '\n' << label << ":\n";
        const QStringList textLines = TextSanitizer::multiLine(text).split(u'\n');
        for (const QString &l : textLines)
            out << "    " << l << '\n';
    };
    block(CaseFieldInfo::displayName(CaseField::Description), c.description);
    block(CaseFieldInfo::displayName(CaseField::StepsToReproduce), c.stepsToReproduce);

    out << '\n' << QCoreApplication::translate("CaseCommands", "Audit trail:") << '\n';
    for (const AuditEntry &e : audit) {
        QString change;
        if (e.field == u"created")
            change = QCoreApplication::translate("CaseCommands", "created");
        else if (e.oldValue.isEmpty())
            change = QCoreApplication::translate("CaseCommands", "%1 set to “%2”").arg(e.field, e.newValue);
        else
            change = QCoreApplication::translate("CaseCommands", "%1 changed from “%2” to “%3”")
                         .arg(e.field, e.oldValue, e.newValue);
        out << "    " << isoUtc(e.at) << "  " << singleLine(e.actor) << "  " << singleLine(change.left(500))
            << '\n';
    }
}

int runShow(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CaseCommands", "Shows every field of one case and its audit trail."));
    parser.addPositionalArgument(QStringLiteral("id"),
        QCoreApplication::translate(
            "CaseCommands", "Tracking id (e.g. PSIRT-2026-0042) or numeric case id."));
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption format = formatOption(QStringLiteral("text, json"), QStringLiteral("text"));
    parser.addOptions({database, format});
    if (const int code = parse(parser, arguments, out, err); code != kContinue)
        return code;
    const QString command = arguments.constFirst();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(
            err, command, QCoreApplication::translate("CaseCommands", "Give exactly one case id."));
    if (!parser.isSet(database))
        return usageError(
            err, command, QCoreApplication::translate("CaseCommands", "--database is required."));
    const QString fmt = parser.value(format);
    if (fmt != u"text" && fmt != u"json")
        return usageError(err, command,
            QCoreApplication::translate("CaseCommands", "Unknown format “%1”; use text or json.").arg(fmt));

    Database db;
    if (Status s = openExisting(db, parser.value(database)); !s)
        return failure(err, s.error());
    CaseStore store(db);
    const QString key = positional.constFirst().trimmed();
    bool numeric = false;
    qint64 id = key.toLongLong(&numeric);
    if (!numeric) {
        const auto found = store.idForTrackingId(key);
        if (!found)
            return failure(err, TextSanitizer::singleLine(found.error()));
        id = *found;
    }
    const auto c = store.caseById(id);
    if (!c)
        return failure(err, c.error());
    const auto audit = store.auditLog(id);
    if (!audit)
        return failure(err, audit.error());
    if (fmt == u"json")
        out << QString::fromUtf8(QJsonDocument(caseJson(*c, *audit)).toJson(QJsonDocument::Indented));
    else
        writeCaseText(out, *c, *audit, store);
    return kOk;
}

} // namespace

QList<CliCommand> caseCommands()
{
    return {
        {QStringLiteral("demo"), QCoreApplication::translate("CaseCommands", "Create a demo case database."),
            runDemo},
        {QStringLiteral("list"),
            QCoreApplication::translate("CaseCommands", "List cases, with filters; TSV or JSON."), runList},
        {QStringLiteral("show"),
            QCoreApplication::translate("CaseCommands", "Show one case with its audit trail."), runShow},
    };
}
