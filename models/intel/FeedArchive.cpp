#include "FeedArchive.h"

#include "FeedJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryFile>
#include <QtEndian>

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>
#include <KZipFileEntry>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FeedArchive)
};

constexpr int kMaxDirectoryDepth = 64;
constexpr qint64 kRatioFloor = 1024 * 1024; // small members may compress as well as they like
constexpr qint64 kCopyChunk = 1024 * 1024;

bool isZip(QIODevice &device)
{
    const QByteArray magic = device.peek(4);
    return magic == QByteArrayLiteral("PK\x03\x04") || magic == QByteArrayLiteral("PK\x05\x06");
}

quint64 readLittle(const QByteArray &bytes, qsizetype at, int size)
{
    if (at < 0 || at + size > bytes.size())
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + at);
    return size == 2 ? qFromLittleEndian<quint16>(p)
        : size == 4  ? qFromLittleEndian<quint32>(p)
                     : qFromLittleEndian<quint64>(p);
}

// The entry count the ZIP's end of central directory declares (ZIP64 too), read before
// KZip builds a tree of every entry; nullopt when the record cannot be found.
std::optional<quint64> declaredEntries(QIODevice &device)
{
    constexpr qint64 kEndRecord = 22;
    constexpr qint64 kMaxComment = 0xFFFF;
    const qint64 size = device.size();
    if (size < kEndRecord)
        return std::nullopt;
    const qint64 start = std::max<qint64>(0, size - kEndRecord - kMaxComment);
    if (!device.seek(start))
        return std::nullopt;
    const QByteArray tail = device.read(size - start);
    const qsizetype end = tail.lastIndexOf(QByteArrayLiteral("PK\x05\x06"));
    // The comment must run to the end of the file, or the signature was text in a comment.
    if (end < 0 || end + kEndRecord + qsizetype(readLittle(tail, end + 20, 2)) != tail.size())
        return std::nullopt;
    const quint64 entries = readLittle(tail, end + 10, 2);
    if (entries != 0xFFFF)
        return entries;
    // ZIP64: the locator sits just before the end record and points at the ZIP64 end record.
    const qsizetype locator = end - 20;
    if (locator < 0 || tail.mid(locator, 4) != QByteArrayLiteral("PK\x06\x07"))
        return std::nullopt;
    const quint64 offset = readLittle(tail, locator + 8, 8);
    if (offset > quint64(size) || !device.seek(qint64(offset)))
        return std::nullopt;
    const QByteArray record = device.read(56);
    if (!record.startsWith(QByteArrayLiteral("PK\x06\x06")))
        return std::nullopt;
    return readLittle(record, 32, 8);
}

class Walker
{
public:
    explicit Walker(const FeedArchive::Visitor &visit)
        : m_visit(visit)
    { }

    QStringList takeWarnings() { return m_warnings.take(); }

    Status walkZip(const QString &path, const QString &prefix, int level)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(
                Tr::tr("Could not open “%1”: %2").arg(shownName(path, prefix), file.errorString()));
        const auto declared = declaredEntries(file);
        if (declared && *declared > quint64(FeedArchive::maxEntries - m_entries))
            return tooManyEntries();
        file.close();
        KZip zip(path);
        if (!zip.open(QIODevice::ReadOnly))
            return Status::failure(Tr::tr("“%1” is not a readable ZIP file: %2")
                    .arg(shownName(path, prefix), zip.errorString()));
        return walkDirectory(zip.directory(), QString(), prefix, level, 0, false);
    }

    Status walkFile(const QString &path, QFile &file)
    {
        if (file.size() > FeedArchive::maxEntryBytes)
            return Status::failure(Tr::tr("“%1” is larger than %2 MiB; it was not read.")
                    .arg(QFileInfo(path).fileName())
                    .arg(FeedArchive::maxEntryBytes / (1024 * 1024)));
        const QByteArray bytes = file.read(FeedArchive::maxEntryBytes + 1);
        if (bytes.size() > FeedArchive::maxEntryBytes)
            return Status::failure(Tr::tr("“%1” is larger than %2 MiB; it was not read.")
                    .arg(QFileInfo(path).fileName())
                    .arg(FeedArchive::maxEntryBytes / (1024 * 1024)));
        return m_visit(QFileInfo(path).fileName(), bytes);
    }

private:
    static QString shownName(const QString &path, const QString &prefix)
    {
        return prefix.isEmpty() ? QFileInfo(path).fileName() : prefix.chopped(1);
    }

    void warn(const QString &warning) { m_warnings.add(warning); }

    Status tooManyEntries() const
    {
        return Status::failure(Tr::tr("The archive has more than %1 entries; it was not read.")
                .arg(QLocale::c().toString(FeedArchive::maxEntries)));
    }

    // outside: below a ".." folder (KZip files "../x.json" as x.json in a folder named ".."),
    // where every file is named in a warning and none is read.
    Status walkDirectory(const KArchiveDirectory *directory, const QString &path, const QString &prefix,
        int level, int depth, bool outside)
    {
        QStringList names = directory->entries();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            const QString member = prefix + path + name;
            const KArchiveEntry *entry = directory->entry(name);
            if (!entry)
                continue;
            const bool leaves = outside || name == u".." || name.contains(u'\\');
            if (entry->isDirectory()) {
                if (depth >= kMaxDirectoryDepth) {
                    warn(Tr::tr("%1: folders nested too deeply; skipped").arg(member));
                    continue;
                }
                const Status status = walkDirectory(static_cast<const KArchiveDirectory *>(entry),
                    path + name + u'/', prefix, level, depth + 1, leaves);
                if (!status)
                    return status;
                continue;
            }
            if (!entry->isFile() || !entry->symLinkTarget().isEmpty())
                continue;
            if (++m_entries > FeedArchive::maxEntries)
                return tooManyEntries();
            if (leaves) {
                warn(Tr::tr("%1: a path that leaves the archive; skipped").arg(member));
                continue;
            }
            const auto *file = static_cast<const KArchiveFile *>(entry);
            const Status status = visitFile(file, member, level);
            if (!status)
                return status;
        }
        return Status();
    }

    Status checkRatio(const KArchiveFile *file, const QString &member) const
    {
        const auto *zipEntry = dynamic_cast<const KZipFileEntry *>(file);
        if (!zipEntry || file->size() <= kRatioFloor)
            return Status();
        const qint64 compressed = zipEntry->compressedSize();
        if (compressed <= 0 || file->size() / compressed > FeedArchive::maxRatio)
            return Status::failure(
                Tr::tr("%1 expands more than %2-fold; the archive looks like a zip bomb and was "
                       "not read further.")
                    .arg(member)
                    .arg(FeedArchive::maxRatio));
        return Status();
    }

    Status count(qint64 bytes)
    {
        m_total += bytes;
        if (m_total > FeedArchive::maxTotalBytes)
            return Status::failure(Tr::tr("The archive expands to more than %1 GiB; it was not read further.")
                    .arg(FeedArchive::maxTotalBytes / (qint64(1024) * 1024 * 1024)));
        return Status();
    }

    Status visitFile(const KArchiveFile *file, const QString &member, int level)
    {
        const bool json = member.endsWith(u".json", Qt::CaseInsensitive);
        const bool zip = member.endsWith(u".zip", Qt::CaseInsensitive);
        if (!json && !zip)
            return Status();
        if (zip && level > 0) {
            warn(Tr::tr("%1: a ZIP inside a ZIP inside a ZIP; skipped").arg(member));
            return Status();
        }
        if (json && file->size() > FeedArchive::maxEntryBytes) {
            warn(Tr::tr("%1: larger than %2 MiB; skipped")
                    .arg(member)
                    .arg(FeedArchive::maxEntryBytes / (1024 * 1024)));
            return Status();
        }
        if (Status ratio = checkRatio(file, member); !ratio)
            return ratio;
        if (Status total = count(file->size()); !total)
            return total;
        if (zip)
            return visitNestedZip(file, member, level);
        const QByteArray bytes = file->data();
        if (bytes.size() != file->size()) {
            warn(Tr::tr("%1: could not be read in full; skipped").arg(member));
            return Status();
        }
        return m_visit(member, bytes);
    }

    // KZip needs random access; a deflated member has none, so the inner ZIP is copied to a
    // temporary file first.
    Status visitNestedZip(const KArchiveFile *file, const QString &member, int level)
    {
        QTemporaryFile copy;
        if (!copy.open())
            return Status::failure(
                Tr::tr("Could not make a temporary file for %1: %2").arg(member, copy.errorString()));
        const std::unique_ptr<QIODevice> in(file->createDevice());
        if (!in || (!in->isOpen() && !in->open(QIODevice::ReadOnly)))
            return Status::failure(Tr::tr("Could not read %1 from the archive.").arg(member));
        qint64 left = file->size();
        QByteArray chunk;
        while (left > 0) {
            chunk = in->read(std::min(left, kCopyChunk));
            if (chunk.isEmpty())
                break;
            if (copy.write(chunk) != chunk.size())
                return Status::failure(
                    Tr::tr("Could not copy %1 to a temporary file: %2").arg(member, copy.errorString()));
            left -= chunk.size();
        }
        if (left > 0) {
            warn(Tr::tr("%1: could not be read in full; skipped").arg(member));
            return Status();
        }
        copy.close();
        return walkZip(copy.fileName(), member + u'/', level + 1);
    }

    const FeedArchive::Visitor &m_visit;
    FeedJson::Warnings m_warnings;
    qint64 m_entries = 0;
    qint64 m_total = 0;
};

} // namespace

Status FeedArchive::forEachJson(const QString &path, const Visitor &visit)
{
    return forEachJson(path, visit, nullptr);
}

Status FeedArchive::forEachJson(const QString &path, const Visitor &visit, QStringList *warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            Tr::tr("Could not open “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    Walker walker(visit);
    Status status;
    if (isZip(file)) {
        file.close();
        status = walker.walkZip(path, QString(), 0);
    } else {
        status = walker.walkFile(path, file);
    }
    if (warnings)
        *warnings += walker.takeWarnings();
    return status;
}
