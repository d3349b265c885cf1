#pragma once

#include "core/Product.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;
class MessageBar;

/// Adds or edits one product of the catalogue with its releases: name, line, maker, the
/// lifecycle with its EOL/OBS dates, the CPE and purl, and a table of releases (version,
/// release date, a lifecycle of its own, identifiers). accepted() hands back the product;
/// the caller pushes the SetProductCommand. What the catalogue would refuse is shown in
/// the dialog and keeps it open.
class ProductDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductDialog)

public:
    explicit ProductDialog(const Product &product, QWidget *parent = nullptr);

    Product product() const;

Q_SIGNALS:
    void productAccepted(const Product &product);

public Q_SLOTS:
    void accept() override;

private:
    void addRelease(const ProductRelease &release);

    Product m_original;
    QLineEdit *m_name;
    QLineEdit *m_line;
    QLineEdit *m_vendor;
    QCheckBox *m_thirdParty;
    QComboBox *m_lifecycle;
    QLineEdit *m_eol;
    QLineEdit *m_obs;
    QLineEdit *m_cpe;
    QLineEdit *m_purl;
    QTableWidget *m_releases;
    MessageBar *m_error;
};
