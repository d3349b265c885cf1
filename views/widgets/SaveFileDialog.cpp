#include "SaveFileDialog.h"

#include <QFileDialog>

namespace SaveFileDialog {

QFileDialog *ask(QWidget *parent, const QString &title, const QString &filter, const QString &suffix,
    std::function<void(const QString &)> chosen, const QString &suggested)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    if (!filter.isEmpty())
        dialog->setNameFilter(filter);
    if (!suffix.isEmpty())
        dialog->setDefaultSuffix(suffix);
    if (!suggested.isEmpty())
        dialog->selectFile(suggested);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(chosen));
    dialog->open();
    return dialog;
}

} // namespace SaveFileDialog
