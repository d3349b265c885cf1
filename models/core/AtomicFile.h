#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

/// Writing a whole file so that a reader sees the old file or the new one, never half of
/// either (QSaveFile: a temporary beside it, renamed on commit). Every export, reply and
/// manifest the product writes in one piece goes through here, so a full disk or a
/// missing folder reads the same everywhere.
namespace AtomicFile {

[[nodiscard]] Status write(const QString &path, const QByteArray &bytes);

} // namespace AtomicFile
