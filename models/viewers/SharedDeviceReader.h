#pragma once

#include <QIODevice>

#include <memory>

class SharedDevice;

/// A read-only QIODevice with its own position over a SharedDevice, for the Qt readers that
/// want a device of their own (QImageReader, QPdfDocument) while a background job reads
/// the same content.
class SharedDeviceReader final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedDeviceReader)

public:
    explicit SharedDeviceReader(std::shared_ptr<SharedDevice> device, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::shared_ptr<SharedDevice> m_device;
};
