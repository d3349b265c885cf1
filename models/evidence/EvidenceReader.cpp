#include "EvidenceReader.h"

#include "evidence/EvidenceCrypto.h"
#include "evidence/EvidenceStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QThread>

#include <cstring>

struct EvidenceReader::Connections
{
    Database::Location location;
    Database *borrowed = nullptr; // the owner thread's, when lent
    QMutex mutex;
    QHash<QThread *, Database *> byThread;

    // The calling thread's connection, opened on first use. A thread other than the
    // reader's own closes its connection when it finishes: a Qt SQL connection must be
    // closed by the thread that opened it.
    Database *forCurrentThread(const std::shared_ptr<Connections> &self, QThread *owner)
    {
        QThread *thread = QThread::currentThread();
        if (borrowed && thread == owner)
            return borrowed;
        QMutexLocker lock(&mutex);
        if (Database *db = byThread.value(thread))
            return db;
        auto *db = new Database;
        if (!db->openExisting(location)) {
            delete db;
            return nullptr;
        }
        byThread.insert(thread, db);
        if (thread != owner) {
            QObject::connect(
                thread, &QThread::finished, thread,
                [self, thread] {
                    QMutexLocker l(&self->mutex);
                    delete self->byThread.take(thread);
                },
                Qt::DirectConnection);
        }
        return db;
    }
};

EvidenceReader::EvidenceReader(const Database::Location &location, qint64 blobId, qint64 size, int chunkCount,
    const QByteArray &bodyKey, QObject *parent)
    : QIODevice(parent)
    , m_connections(std::make_shared<Connections>())
    , m_blobId(blobId)
    , m_size(size)
    , m_chunkCount(chunkCount)
    , m_bodyKey(bodyKey)
{
    m_connections->location = location;
    QIODevice::open(QIODevice::ReadOnly);
}

EvidenceReader::EvidenceReader(Database &borrowed, qint64 blobId, qint64 size, int chunkCount,
    const QByteArray &bodyKey, QObject *parent)
    : EvidenceReader(borrowed.location(), blobId, size, chunkCount, bodyKey, parent)
{
    m_connections->borrowed = &borrowed;
}

EvidenceReader::~EvidenceReader()
{
    // This thread's connection goes now; a worker's goes when the worker finishes.
    QMutexLocker lock(&m_connections->mutex);
    delete m_connections->byThread.take(QThread::currentThread());
    m_bodyKey.fill('\0');
    m_cached.fill('\0');
}

bool EvidenceReader::loadChunk(qint64 index)
{
    if (index == m_cachedIndex)
        return true;
    Database *db = m_connections->forCurrentThread(m_connections, thread());
    if (!db) {
        setErrorString(
            QCoreApplication::translate("EvidenceReader", "Cannot open the case database to read evidence."));
        return false;
    }
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT data FROM evidence_chunks WHERE blob_id = ? AND idx = ?"));
    q.addBindValue(m_blobId);
    q.addBindValue(index);
    if (!q.exec() || !q.next()) {
        setErrorString(QCoreApplication::translate(
            "EvidenceReader", "Part %1 of this evidence is missing: the body is truncated.")
                .arg(index + 1));
        return false;
    }
    const auto plain = EvidenceCrypto::open(
        m_bodyKey, EvidenceCrypto::chunkNonce(index, index + 1 == m_chunkCount), q.value(0).toByteArray());
    const qint64 expected
        = index + 1 == m_chunkCount ? m_size - index * EvidenceStore::chunkSize : EvidenceStore::chunkSize;
    if (!plain || plain->size() != expected) {
        setErrorString(QCoreApplication::translate("EvidenceReader",
            "Part %1 of this evidence does not authenticate: it was altered or truncated. It is not shown.")
                .arg(index + 1));
        return false;
    }
    m_cached = *plain;
    m_cachedIndex = index;
    return true;
}

qint64 EvidenceReader::readData(char *data, qint64 maxLength)
{
    qint64 done = 0;
    qint64 at = pos();
    while (done < maxLength && at < m_size) {
        const qint64 index = at / EvidenceStore::chunkSize;
        if (!loadChunk(index))
            return done > 0 ? done : -1;
        const qint64 offset = at - index * EvidenceStore::chunkSize;
        const qint64 n = std::min(maxLength - done, qint64(m_cached.size()) - offset);
        std::memcpy(data + done, m_cached.constData() + offset, size_t(n));
        done += n;
        at += n;
    }
    return done;
}
