#include "CsafProvider.h"

#include "core/AtomicFile.h"
#include "core/TextSanitizer.h"
#include "export/CsafDocument.h"
#include "openpgp/OpenPgp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace {

// The labels a public tree carries, each in its own feed (requirements 4, 5 and 15).
const QStringList &publicLabels()
{
    static const QStringList labels {
        QStringLiteral("WHITE"), QStringLiteral("GREEN"), QStringLiteral("UNLABELED")};
    return labels;
}

QString feedFile(const QString &label)
{
    return QStringLiteral("feed-tlp-%1.json").arg(label.toLower());
}

const QString metadataFile = QStringLiteral("provider-metadata.json");
const QString indexFile = QStringLiteral("index.txt");
const QString changesFile = QStringLiteral("changes.csv");
const QString keyFolder = QStringLiteral("openpgp");
const QString csafSchema = QStringLiteral("https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json");

// One document of the tree, as its JSON says.
struct Entry
{
    QByteArray bytes;
    QString trackingId;
    QString title;
    QString initial; // as written in the document
    QString current;
    QDateTime currentAt;
    QString label; // WHITE, GREEN, AMBER, RED or UNLABELED
    QString path; // "2026/example-2026-001.json"
};

QString shown(const QString &text)
{
    return TextSanitizer::singleLine(text.left(80));
}

Result<QDateTime> releaseDate(const QJsonObject &tracking, const QString &member, const QString &id)
{
    const QString text = tracking.value(member).toString();
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    static const QRegularExpression year(QStringLiteral("^[0-9]{4}-"));
    if (!at.isValid() || !year.match(text).hasMatch())
        return Result<QDateTime>::failure(
            CsafProvider::tr("The advisory “%1” has no valid %2.").arg(shown(id), member));
    return at;
}

Result<Entry> readEntry(const QByteArray &bytes)
{
    using R = Result<Entry>;
    if (bytes.size() > CsafProvider::maxDocumentBytes)
        return R::failure(
            CsafProvider::tr("An advisory is larger than %1 MiB.").arg(CsafProvider::maxDocumentBytes >> 20));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    const QJsonObject document = json.object().value(QStringLiteral("document")).toObject();
    if (error.error != QJsonParseError::NoError || !json.isObject()
        || document.value(QStringLiteral("csaf_version")).toString() != u"2.0")
        return R::failure(CsafProvider::tr("An advisory is not a CSAF 2.0 document."));
    const QJsonObject tracking = document.value(QStringLiteral("tracking")).toObject();
    Entry e;
    e.bytes = bytes;
    e.trackingId = tracking.value(QStringLiteral("id")).toString();
    const auto name = CsafProvider::fileName(e.trackingId);
    if (!name)
        return R::failure(name.error());
    e.title = document.value(QStringLiteral("title")).toString();
    if (e.title.trimmed().isEmpty())
        return R::failure(CsafProvider::tr("The advisory “%1” has no title.").arg(shown(e.trackingId)));
    const auto initial = releaseDate(tracking, QStringLiteral("initial_release_date"), e.trackingId);
    if (!initial)
        return R::failure(initial.error());
    const auto current = releaseDate(tracking, QStringLiteral("current_release_date"), e.trackingId);
    if (!current)
        return R::failure(current.error());
    e.initial = tracking.value(QStringLiteral("initial_release_date")).toString();
    e.current = tracking.value(QStringLiteral("current_release_date")).toString();
    e.currentAt = current->toUTC();
    // Requirement 11: the year as written in initial_release_date.
    e.path = e.initial.left(4) + u'/' + *name;
    const QJsonValue tlp = document.value(QStringLiteral("distribution"))
                               .toObject()
                               .value(QStringLiteral("tlp"))
                               .toObject()
                               .value(QStringLiteral("label"));
    e.label = tlp.isUndefined() ? QStringLiteral("UNLABELED") : tlp.toString();
    static const QStringList labels {QStringLiteral("WHITE"), QStringLiteral("GREEN"),
        QStringLiteral("AMBER"), QStringLiteral("RED"), QStringLiteral("UNLABELED")};
    if (!labels.contains(e.label))
        return R::failure(CsafProvider::tr("The advisory “%1” has the unknown TLP label “%2”.")
                .arg(shown(e.trackingId), shown(e.label)));
    return e;
}

Result<QString> checkedBaseUrl(const CsafProvider::Options &options)
{
    QString base = options.baseUrl.trimmed();
    if (base.isEmpty())
        base = options.publisher.nameSpace.trimmed() + QStringLiteral("/.well-known/csaf");
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl url(base, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty() || url.hasQuery()
        || url.hasFragment() || base.size() > 500)
        return Result<QString>::failure(
            CsafProvider::tr("The base address must be an https address without query, such as "
                             "https://psirt.example.com/.well-known/csaf (requirement 3: TLS)."));
    return base;
}

QByteArray hashLine(QCryptographicHash::Algorithm algorithm, const Entry &e)
{
    // Requirement 18: the hexadecimal hash first, then the file name, as sha512sum writes it.
    return QCryptographicHash::hash(e.bytes, algorithm).toHex() + "  " + QFileInfo(e.path).fileName().toUtf8()
        + '\n';
}

// Writes the tree's files, each only when its bytes differ from what is there.
class Tree
{
public:
    Tree(QString root, CsafProvider::Summary &summary)
        : m_root(std::move(root))
        , m_summary(summary)
    { }

    QString path(const QString &relative) const { return m_root + u'/' + relative; }

    bool exists(const QString &relative) const { return QFileInfo::exists(path(relative)); }

    std::optional<QByteArray> read(const QString &relative, qsizetype limit) const
    {
        QFile file(path(relative));
        if (file.size() > limit || !file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return file.readAll();
    }

    // A folder or file of the tree that is a symbolic link could send a write anywhere.
    Status checkPlace(const QString &relative) const
    {
        const qsizetype slash = relative.lastIndexOf(u'/');
        if (slash > 0) {
            const QFileInfo folder(path(relative.left(slash)));
            if (folder.isSymLink() || (folder.exists() && !folder.isDir()))
                return Status::failure(
                    CsafProvider::tr("“%1” in the publishing folder is not a plain folder.")
                        .arg(relative.left(slash)));
            if (!QDir().mkpath(folder.filePath()))
                return Status::failure(
                    CsafProvider::tr("Cannot make the folder “%1”.").arg(folder.filePath()));
        }
        if (QFileInfo(path(relative)).isSymLink())
            return Status::failure(
                CsafProvider::tr("“%1” in the publishing folder is a symbolic link.").arg(relative));
        return {};
    }

    /// Whether the file now holds bytes (true: it had to be written).
    Result<bool> put(const QString &relative, const QByteArray &bytes)
    {
        if (const Status s = checkPlace(relative); !s)
            return Result<bool>::failure(s.error());
        if (const auto old = read(relative, bytes.size()); old && *old == bytes)
            return false;
        if (const Status s = AtomicFile::write(path(relative), bytes); !s)
            return Result<bool>::failure(s.error());
        m_summary.written.append(relative);
        return true;
    }

    Status remove(const QString &relative)
    {
        QFile file(path(relative));
        if (file.exists() && !QFileInfo(file).isSymLink() && !file.remove())
            return Status::failure(
                CsafProvider::tr("Cannot remove “%1”: %2").arg(file.fileName(), file.errorString()));
        return {};
    }

private:
    QString m_root;
    CsafProvider::Summary &m_summary;
};

// The documents an earlier run listed in index.txt, as far as they are names this class
// writes: the file is read from disk and trusted for nothing else.
QSet<QString> previousDocuments(const Tree &tree)
{
    QSet<QString> paths;
    const auto index = tree.read(indexFile, qsizetype(CsafProvider::maxDocuments) * 300);
    if (!index)
        return paths;
    static const QRegularExpression ours(QStringLiteral("^[0-9]{4}/[+\\-a-z0-9_]{1,250}\\.json$"));
    for (const QByteArray &line : index->split('\n')) {
        const QString path = QString::fromUtf8(line.trimmed());
        if (ours.match(path).hasMatch())
            paths.insert(path);
    }
    return paths;
}

QJsonObject link(const QString &rel, const QString &href)
{
    return {{QStringLiteral("rel"), rel}, {QStringLiteral("href"), href}};
}

QByteArray feed(const QString &label, const QList<const Entry *> &entries, const QString &base,
    const CsafProvider::Options &options, const QSet<QString> &signedPaths)
{
    QJsonArray items;
    for (const Entry *e : entries) {
        const QString url = base + u'/' + e->path;
        QJsonArray links {link(QStringLiteral("self"), url), link(QStringLiteral("hash"), url + u".sha256"),
            link(QStringLiteral("hash"), url + u".sha512")};
        if (signedPaths.contains(e->path))
            links.append(link(QStringLiteral("signature"), url + u".asc"));
        items.append(QJsonObject {{QStringLiteral("id"), e->trackingId}, {QStringLiteral("title"), e->title},
            {QStringLiteral("link"), links}, {QStringLiteral("published"), e->initial},
            {QStringLiteral("updated"), e->current},
            {QStringLiteral("content"),
                QJsonObject {{QStringLiteral("type"), QStringLiteral("application/json")},
                    {QStringLiteral("src"), url}}},
            {QStringLiteral("format"),
                QJsonObject {{QStringLiteral("schema"), csafSchema},
                    {QStringLiteral("version"), QStringLiteral("2.0")}}}});
    }
    const QString shownLabel = label == u"UNLABELED" ? QStringLiteral("unlabeled") : u"TLP:" + label;
    // The feed changed last when its newest entry did: the same set gives the same bytes.
    const QJsonObject f {{QStringLiteral("id"), QStringLiteral("csaf-feed-tlp-%1").arg(label.toLower())},
        {QStringLiteral("title"),
            QStringLiteral("%1 CSAF feed (%2)").arg(options.publisher.name.trimmed(), shownLabel)},
        {QStringLiteral("link"),
            QJsonArray {link(QStringLiteral("self"), QString(base + u'/' + feedFile(label)))}},
        {QStringLiteral("category"),
            QJsonArray {QJsonObject {
                {QStringLiteral("scheme"), QStringLiteral("urn:ietf:params:rolie:category:information-type")},
                {QStringLiteral("term"), QStringLiteral("csaf")}}}},
        {QStringLiteral("updated"), entries.constFirst()->current}, {QStringLiteral("entry"), items}};
    return QJsonDocument(QJsonObject {{QStringLiteral("feed"), f}}).toJson(QJsonDocument::Indented);
}

QJsonObject metadata(const QString &base, const CsafProvider::Options &options, const QStringList &labels,
    const QString &keyFingerprint)
{
    QJsonObject publisher {{QStringLiteral("category"), QStringLiteral("vendor")},
        {QStringLiteral("name"), options.publisher.name.trimmed()},
        {QStringLiteral("namespace"), options.publisher.nameSpace.trimmed()}};
    if (!options.publisher.contact.trimmed().isEmpty())
        publisher.insert(QStringLiteral("contact_details"), options.publisher.contact.trimmed());
    QJsonObject distribution {{QStringLiteral("directory_url"), base}};
    QJsonArray feeds;
    for (const QString &label : labels) {
        const QString shownLabel = label == u"UNLABELED" ? QStringLiteral("unlabeled") : u"TLP:" + label;
        feeds.append(QJsonObject {
            {QStringLiteral("summary"),
                QStringLiteral("All %1 advisories of %2.").arg(shownLabel, options.publisher.name.trimmed())},
            {QStringLiteral("tlp_label"), label},
            {QStringLiteral("url"), QString(base + u'/' + feedFile(label))}});
    }
    if (!feeds.isEmpty())
        distribution.insert(QStringLiteral("rolie"), QJsonObject {{QStringLiteral("feeds"), feeds}});
    QJsonObject m {{QStringLiteral("canonical_url"), QString(base + u'/' + metadataFile)},
        {QStringLiteral("distributions"), QJsonArray {distribution}},
        {QStringLiteral("list_on_CSAF_aggregators"), true},
        {QStringLiteral("mirror_on_CSAF_aggregators"), true},
        {QStringLiteral("metadata_version"), QStringLiteral("2.0")}, {QStringLiteral("publisher"), publisher},
        // Requirements 18 to 20 (hashes, signatures, the public key) make a trusted provider.
        {QStringLiteral("role"),
            keyFingerprint.isEmpty() ? QStringLiteral("csaf_provider")
                                     : QStringLiteral("csaf_trusted_provider")}};
    if (!keyFingerprint.isEmpty())
        m.insert(QStringLiteral("public_openpgp_keys"),
            QJsonArray {QJsonObject {{QStringLiteral("fingerprint"), keyFingerprint},
                {QStringLiteral("url"),
                    QString(base + u'/' + keyFolder + u'/' + keyFingerprint + u".asc")}}});
    return m;
}

} // namespace

Result<QString> CsafProvider::fileName(const QString &trackingId)
{
    using R = Result<QString>;
    if (trackingId.trimmed().isEmpty())
        return R::failure(tr("An advisory has no tracking id."));
    if (trackingId.size() > maxTrackingIdChars)
        return R::failure(tr("The tracking id “%1…” is longer than %2 characters.")
                .arg(shown(trackingId))
                .arg(maxTrackingIdChars));
    // Section 5.1 would turn these into underscores; an id that holds them is refused, as
    // it is either broken or meant to reach a path of its own.
    if (TextSanitizer::hasInvisibleControls(trackingId) || trackingId.contains(u'/')
        || trackingId.contains(u'\\') || trackingId.contains(QStringLiteral(".."))
        || trackingId != trackingId.trimmed())
        return R::failure(tr("The tracking id “%1” holds control characters, path separators or “..”.")
                .arg(shown(trackingId)));
    // Section 5.1's rule, as the document's own self reference uses it.
    const QString name = CsafDocument::fileName(trackingId);
    static const QRegularExpression letterOrDigit(QStringLiteral("[a-z0-9]"));
    if (!letterOrDigit.match(name.chopped(5)).hasMatch())
        return R::failure(
            tr("The tracking id “%1” has no letter or digit to name a file.").arg(shown(trackingId)));
    return name;
}

Result<CsafProvider::Summary> CsafProvider::publish(
    const QString &directory, const QList<QByteArray> &documents, const Options &options)
{
    using R = Result<Summary>;
    if (documents.size() > maxDocuments)
        return R::failure(tr("More than %1 advisories to publish.").arg(maxDocuments));
    if (const Status s = options.publisher.validateForCsaf(); !s)
        return R::failure(s.error());
    const auto base = checkedBaseUrl(options);
    if (!base)
        return R::failure(base.error());
    if (options.signer && (!options.signer->pgp || options.signer->fingerprint.isEmpty()))
        return R::failure(tr("No signing key was given."));

    // Everything is read and checked before the first file is written.
    Summary summary;
    QList<Entry> entries;
    QHash<QString, QString> byName; // file name → tracking id
    for (const QByteArray &bytes : documents) {
        auto entry = readEntry(bytes);
        if (!entry)
            return R::failure(entry.error());
        if (!publicLabels().contains(entry->label)) {
            ++summary.withheld;
            continue;
        }
        const QString name = QFileInfo(entry->path).fileName();
        if (const auto other = byName.constFind(name); other != byName.cend())
            return R::failure(tr("The advisories “%1” and “%2” would have the same file name %3.")
                    .arg(shown(*other), shown(entry->trackingId), name));
        byName.insert(name, entry->trackingId);
        entries.append(std::move(entry.value()));
    }
    // Newest first (requirement 13); the path decides between equal dates.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.currentAt != b.currentAt ? a.currentAt > b.currentAt : a.path < b.path;
    });

    if (!QDir().mkpath(directory))
        return R::failure(tr("Cannot make the folder “%1”.").arg(directory));
    Tree tree(QDir(directory).absolutePath(), summary);
    const QSet<QString> previous = previousDocuments(tree);

    QString keyFingerprint;
    if (options.signer) {
        const auto key = options.signer->pgp->exportPublicKey(options.signer->fingerprint);
        if (!key)
            return R::failure(key.error());
        keyFingerprint = options.signer->fingerprint.toUpper();
        static const QRegularExpression fingerprint(QStringLiteral("^[0-9A-F]{40,64}$"));
        if (!fingerprint.match(keyFingerprint).hasMatch())
            return R::failure(tr("The signing key must be named by its full fingerprint, not “%1”.")
                    .arg(shown(options.signer->fingerprint)));
        if (const auto put = tree.put(keyFolder + u'/' + keyFingerprint + u".asc", *key); !put)
            return R::failure(put.error());
    }

    // The documents with their hashes and signatures first: a feed never names a missing file.
    QSet<QString> signedPaths;
    for (const Entry &e : entries) {
        const auto written = tree.put(e.path, e.bytes);
        if (!written)
            return R::failure(written.error());
        if (*written)
            ++summary.changed;
        for (const auto &[suffix, algorithm] :
            {std::pair {QStringLiteral(".sha256"), QCryptographicHash::Sha256},
                std::pair {QStringLiteral(".sha512"), QCryptographicHash::Sha512}}) {
            if (const auto put = tree.put(e.path + suffix, hashLine(algorithm, e)); !put)
                return R::failure(put.error());
        }
        const QString asc = e.path + QStringLiteral(".asc");
        bool keep = !*written && tree.exists(asc);
        if (keep && options.signer) {
            // A signature made earlier stays while it is the current key's over these bytes:
            // signing again would change the file without changing what it says.
            const auto old = tree.read(asc, 1024 * 1024);
            const OpenPgp::Verification v
                = old ? options.signer->pgp->verifyDetached(e.bytes, *old) : OpenPgp::Verification {};
            keep = v.state == SignatureState::Valid
                && v.fingerprint.compare(keyFingerprint, Qt::CaseInsensitive) == 0;
        }
        if (keep) {
            signedPaths.insert(e.path);
        } else if (options.signer) {
            const auto signature = options.signer->pgp->signDetached(e.bytes, options.signer->fingerprint);
            if (!signature)
                return R::failure(signature.error());
            if (const auto put = tree.put(asc, signature->armored); !put)
                return R::failure(put.error());
            signedPaths.insert(e.path);
        } else if (const Status s = tree.remove(asc); !s) {
            // A signature over the bytes an earlier run published is wrong for the new ones.
            return R::failure(s.error());
        }
    }
    summary.documents = int(entries.size());
    summary.signedDocuments = options.signer.has_value();

    QSet<QString> current;
    QStringList paths;
    QByteArray changes;
    for (const Entry &e : entries) {
        current.insert(e.path);
        paths.append(e.path);
        changes += '"' + e.path.toUtf8() + "\",\"" + e.current.toUtf8() + "\"\n";
    }
    paths.sort();
    QByteArray index;
    for (const QString &p : std::as_const(paths))
        index += p.toUtf8() + '\n';
    if (const auto put = tree.put(indexFile, index); !put)
        return R::failure(put.error());
    if (const auto put = tree.put(changesFile, changes); !put)
        return R::failure(put.error());

    QStringList labels;
    for (const QString &label : publicLabels()) {
        QList<const Entry *> inFeed;
        for (const Entry &e : entries) {
            if (e.label == label)
                inFeed.append(&e);
        }
        if (inFeed.isEmpty()) {
            if (const Status s = tree.remove(feedFile(label)); !s)
                return R::failure(s.error());
            continue;
        }
        labels.append(label);
        if (const auto put = tree.put(feedFile(label), feed(label, inFeed, *base, options, signedPaths));
            !put)
            return R::failure(put.error());
    }

    // provider-metadata.json last; its last_updated moves only when something else in it did.
    QJsonObject meta = metadata(*base, options, labels, keyFingerprint);
    const auto old = tree.read(metadataFile, 1024 * 1024);
    const QJsonObject oldMeta = old ? QJsonDocument::fromJson(*old).object() : QJsonObject();
    meta.insert(QStringLiteral("last_updated"), oldMeta.value(QStringLiteral("last_updated")));
    const QByteArray unchanged = QJsonDocument(meta).toJson(QJsonDocument::Indented);
    if (!old || *old != unchanged || !oldMeta.value(QStringLiteral("last_updated")).isString()) {
        const QDateTime now = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
        meta.insert(QStringLiteral("last_updated"), now.toString(Qt::ISODateWithMs));
    }
    if (const auto put = tree.put(metadataFile, QJsonDocument(meta).toJson(QJsonDocument::Indented)); !put)
        return R::failure(put.error());

    // Documents an earlier run published and this one does not: gone from every list above,
    // so their files go too.
    for (const QString &path : previous) {
        if (current.contains(path))
            continue;
        for (const QString &suffix :
            {QString(), QStringLiteral(".sha256"), QStringLiteral(".sha512"), QStringLiteral(".asc")}) {
            if (const Status s = tree.remove(path + suffix); !s)
                return R::failure(s.error());
        }
        ++summary.removed;
    }
    summary.written.sort();
    return summary;
}
