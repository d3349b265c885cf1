#pragma once

#include <QHash>
#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QWidget;

/// The main window's actions, registered in one place by a stable id (in the spirit of
/// Tiled's ActionManager): each has its text, shortcut, optional icon and status tip, and
/// whether it needs an open database. Menus and toolbars only place actions the registry
/// owns, so a shortcut is assigned once and a clash is caught where it is introduced
/// (conflicts(), checked by the main window test) instead of silently disabling both.
class ActionRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRegistry)

public:
    struct Spec
    {
        /// Stable id, also the action's object name (tests and saved shortcuts use it).
        QString id;
        QString text;
        QKeySequence shortcut = {};
        bool needsDatabase = false;
        QIcon icon = {};
        QString statusTip = {};
    };

    /// Actions are parented to the window so their shortcuts work while it is active.
    explicit ActionRegistry(QWidget *window);
    ~ActionRegistry() override;

    /// Creates and owns the action; the id must be new.
    QAction *add(const Spec &spec);
    /// The action registered under id, or nullptr.
    QAction *action(const QString &id) const;
    QList<QAction *> actions() const { return m_actions; }

    /// Enables the actions that need a database when one is open, disables them otherwise.
    void setDatabaseOpen(bool open);

    /// Human-readable descriptions of shortcuts bound to more than one registered action;
    /// empty when every shortcut is unique.
    QStringList conflicts() const;

private:
    QWidget *m_window;
    QList<QAction *> m_actions;
    QHash<QString, QAction *> m_byId;
    QList<QAction *> m_needDatabase;
};
