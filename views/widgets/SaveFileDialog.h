#pragma once

#include <QString>

#include <functional>

class QFileDialog;
class QWidget;

/// Asking where to save, the same way everywhere: a non-modal QFileDialog (opened with
/// open(), deleted on close) that calls chosen with the path the analyst picked and nothing
/// when they cancel. suffix (without the dot) is added to a name that has none; suggested
/// is a file name to start from. Returned for tests.
namespace SaveFileDialog {

QFileDialog *ask(QWidget *parent, const QString &title, const QString &filter, const QString &suffix,
    std::function<void(const QString &)> chosen, const QString &suggested = {});

} // namespace SaveFileDialog
