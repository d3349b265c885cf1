#include "SharedDevice.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QMutexLocker>

SharedDevice::SharedDevice(std::unique_ptr<QIODevice> device)
    : m_device(std::move(device))
{
    if (!m_device) {
        m_error = QCoreApplication::translate("SharedDevice", "No content.");
        return;
    }
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("SharedDevice", "The content cannot be read: %1")
                      .arg(m_device->errorString());
        return;
    }
    if (m_device->isSequential()) {
        m_error
            = QCoreApplication::translate("SharedDevice", "The content cannot be read at random offsets.");
        return;
    }
    m_size = qMax<qint64>(0, m_device->size());
}

SharedDevice::~SharedDevice() = default;

QByteArray SharedDevice::read(qint64 offset, qint64 maxLength) const
{
    if (!isValid() || offset < 0 || maxLength <= 0 || offset >= m_size)
        return {};
    const qint64 length = qMin(maxLength, m_size - offset);
    QMutexLocker lock(&m_mutex);
    if (!m_device->seek(offset))
        return {};
    return m_device->read(length);
}
