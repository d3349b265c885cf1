#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>

#include <memory>

class QIODevice;

/// One seekable device read by the viewer (GUI thread) and its background jobs (indexing,
/// search) at once: every read is a seek plus read under one mutex, so the positions never
/// interleave. The device is the evidence store's decrypting reader, or a QFile/QBuffer.
/// Shared by std::shared_ptr: a job still finishing keeps it alive after the view is gone.
class SharedDevice final
{
    Q_DISABLE_COPY_MOVE(SharedDevice)

public:
    explicit SharedDevice(std::unique_ptr<QIODevice> device);
    ~SharedDevice();

    /// False when the device could not be opened for reading or is not seekable.
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 size() const { return m_size; }

    /// Up to maxLength bytes from offset; fewer at the end, empty on error or past the end.
    QByteArray read(qint64 offset, qint64 maxLength) const;

private:
    std::unique_ptr<QIODevice> m_device;
    mutable QMutex m_mutex;
    qint64 m_size = 0;
    QString m_error;
};
