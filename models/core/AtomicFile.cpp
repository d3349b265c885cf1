#include "AtomicFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace AtomicFile {

Status write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(
            QCoreApplication::translate("AtomicFile", "Cannot write “%1”: %2").arg(path, file.errorString()));
    return {};
}

} // namespace AtomicFile
