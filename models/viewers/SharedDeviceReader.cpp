#include "SharedDeviceReader.h"

#include "viewers/SharedDevice.h"

#include <cstring>

SharedDeviceReader::SharedDeviceReader(std::shared_ptr<SharedDevice> device, QObject *parent)
    : QIODevice(parent)
    , m_device(std::move(device))
{
    open(QIODevice::ReadOnly);
}

qint64 SharedDeviceReader::size() const
{
    return m_device->size();
}

qint64 SharedDeviceReader::readData(char *data, qint64 maxSize)
{
    const QByteArray bytes = m_device->read(pos(), maxSize);
    std::memcpy(data, bytes.constData(), size_t(bytes.size()));
    return bytes.size();
}
