#include "ActionRegistry.h"

#include <QAction>
#include <QMap>
#include <QWidget>

ActionRegistry::ActionRegistry(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

ActionRegistry::~ActionRegistry() = default;

QAction *ActionRegistry::add(const Spec &spec)
{
    Q_ASSERT_X(!m_byId.contains(spec.id), "ActionRegistry::add", "action id registered twice");
    auto *action = new QAction(spec.icon, spec.text, m_window);
    action->setObjectName(spec.id);
    if (!spec.shortcut.isEmpty())
        action->setShortcut(spec.shortcut);
    if (!spec.statusTip.isEmpty())
        action->setStatusTip(spec.statusTip);
    if (spec.needsDatabase) {
        action->setEnabled(false); // no database at start; setDatabaseOpen turns them on
        m_needDatabase.append(action);
    }
    m_actions.append(action);
    m_byId.insert(spec.id, action);
    return action;
}

QAction *ActionRegistry::action(const QString &id) const
{
    return m_byId.value(id);
}

void ActionRegistry::setDatabaseOpen(bool open)
{
    for (QAction *a : std::as_const(m_needDatabase))
        a->setEnabled(open);
}

QStringList ActionRegistry::conflicts() const
{
    // Every key sequence of every action counts: QKeySequence::Redo, say, expands to
    // several on some platforms, and any of them clashing makes Qt's shortcut ambiguous.
    QMap<QString, QStringList> owners;
    for (const QAction *a : m_actions) {
        const QList<QKeySequence> shortcuts = a->shortcuts();
        for (const QKeySequence &k : shortcuts) {
            if (!k.isEmpty())
                owners[k.toString(QKeySequence::PortableText)].append(a->objectName());
        }
    }
    QStringList result;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            result.append(tr("%1 is bound to %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    }
    return result;
}
