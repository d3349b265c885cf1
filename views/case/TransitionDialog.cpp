#include "TransitionDialog.h"

#include "storage/CaseStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

TransitionDialog::TransitionDialog(CaseStore &store, const Case &c, CaseStatus to, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_case(c)
    , m_to(to)
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("transitionDialog"));
    setWindowTitle(tr("Move to %1").arg(CaseStatuses::displayName(to)));
    auto *form = new QFormLayout;
    if (to == CaseStatus::Duplicate) {
        m_original = new QLineEdit(this);
        m_original->setObjectName(QStringLiteral("originalEdit"));
        m_original->setPlaceholderText(tr("Tracking id or case number"));
        form->addRow(tr("Duplicate of"), m_original);
    }
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setMaxLength(2000);
    form->addRow(tr("Reason"), m_reason);
    m_error->setObjectName(QStringLiteral("transitionError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TransitionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransitionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void TransitionDialog::accept()
{
    Workflow::TransitionRequest request {m_to, 0, m_reason->text().trimmed()};
    if (m_original) {
        const QString text = m_original->text().trimmed();
        bool isNumber = false;
        const qint64 number = text.toLongLong(&isNumber);
        if (isNumber) {
            request.duplicateOf = number;
        } else {
            const auto id = m_store.idForTrackingId(text);
            if (!id) {
                m_error->setText(id.error());
                m_error->show();
                return;
            }
            request.duplicateOf = *id;
        }
    }
    const Status legal = Workflow::check(m_case, request);
    if (!legal) {
        m_error->setText(legal.error());
        m_error->show();
        return;
    }
    Q_EMIT requestReady(request);
    QDialog::accept();
}
