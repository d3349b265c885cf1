#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSqlDatabase>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About PSIRT Desk"));
    auto *title = new QLabel(tr("PSIRT Desk %1").arg(QApplication::applicationVersion()), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setText(tr("A desktop workstation for product-security incident response: report intake, "
                     "triage, CVSS scoring, SLA and embargo deadlines, evidence and advisories.\n\n"
                     "Built with Qt %1. Database drivers: %2.")
            .arg(QString::fromLatin1(qVersion()), QSqlDatabase::drivers().join(QStringLiteral(", "))));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}
