#pragma once

#include "storage/Database.h"

#include <QByteArray>
#include <QIODevice>

#include <memory>

/// A seekable, read-only device over one encrypted evidence body (EvidenceStore::open()).
/// Chunks are fetched and authenticated as they are read, one at a time, so a 200 MB log is
/// never decrypted into memory as a whole. A chunk that fails authentication fails the read
/// (errorString() says so); nothing unauthenticated is ever returned.
///
/// The viewers read from background threads as well as the GUI thread (one at a time): the
/// reader opens its own database connection in each thread that reads, and closes it when
/// that thread finishes or the reader goes. A reader that lives and dies within one call on
/// its creator's thread (the store's verify and export) may borrow that thread's connection
/// instead: opening one per body cost 38 ms each on PostgreSQL.
class EvidenceReader final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceReader)

public:
    EvidenceReader(const Database::Location &location, qint64 blobId, qint64 size, int chunkCount,
        const QByteArray &bodyKey, QObject *parent = nullptr);
    /// Reads on the creating thread through `borrowed` (which must outlive the reader);
    /// other threads still open their own.
    EvidenceReader(Database &borrowed, qint64 blobId, qint64 size, int chunkCount, const QByteArray &bodyKey,
        QObject *parent = nullptr);
    ~EvidenceReader() override;

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *data, qint64 maxLength) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool loadChunk(qint64 index);

    struct Connections;
    std::shared_ptr<Connections> m_connections;
    qint64 m_blobId;
    qint64 m_size;
    int m_chunkCount;
    QByteArray m_bodyKey;
    qint64 m_cachedIndex = -1;
    QByteArray m_cached;
};
