#pragma once

#include "core/Result.h"

#include <QWidget>

#include <functional>

class MessageBar;
class ProductCatalogueModel;
class QLineEdit;
class QTreeView;
class Session;
class WhereUsedModel;

/// The Products page: the catalogue with its releases and their security support, edited
/// through undoable commands (Add, Edit, Remove), catalogue files in and out, an SBOM per
/// release, and the where-used search over every SBOM. Follows every client's changes
/// through AuditLog::teamDataChanged.
class ProductsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsPane)

public:
    explicit ProductsPane(Session &session, QWidget *parent = nullptr);
    ~ProductsPane() override;

    bool reload();
    QString errorString() const { return m_error; }
    ProductCatalogueModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    WhereUsedModel *whereUsedModel() const { return m_whereUsed; }

    void addProduct();
    void editProduct();
    void removeProduct();
    /// Imports the SBOM of the selected release and matches the feeds against it in the
    /// background; sbomImported() (or a message on the page) when done. Fails at once when no
    /// release is selected or the file cannot be read.
    Status importSbom(const QString &path);
    Status importCatalogue(const QString &path);
    Status exportCatalogue(const QString &path);
    /// Runs the where-used query in the search fields.
    void findWhereUsed();
    void setWhereUsedQuery(const QString &query, const QString &range = {});

Q_SIGNALS:
    void failed(const QString &message);
    void sbomImported();

private:
    void chooseFile(bool save, const QString &title, const QString &filter,
        const std::function<void(const QString &)> &then);

    Session &m_session;
    ProductCatalogueModel *m_model;
    WhereUsedModel *m_whereUsed;
    QTreeView *m_tree;
    QLineEdit *m_query;
    QLineEdit *m_range;
    MessageBar *m_message;
    QString m_error;
    bool m_importing = false;
};
