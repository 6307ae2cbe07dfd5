#pragma once

#include "genogram/editing/genogram_document.h"
#include "genogram/genogram_layout.h"

#include <QGraphicsScene>
#include <QHash>

namespace kith::ui {

class LineItem;
class PersonItem;

// The canvas for one genogram document. After each edit it lays the genogram out again
// (people someone moved stay pinned), moves the items whose place changed and repaints
// the records the edit touched; nothing else is redrawn.
class GenogramScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit GenogramScene(genogram::GenogramDocument* document, QObject* parent = nullptr);

    genogram::GenogramDocument* document() const { return m_document; }
    const genogram::Layout& layout() const { return m_layout; }
    PersonItem* personItem(const QString& personId) const { return m_people.value(personId); }
    LineItem* lineItem(const QString& recordId) const { return m_lines.value(recordId); }
    QStringList selectedPeople() const;
    QList<PersonItem*> personItems() const { return m_people.values(); }
    void selectPerson(const QString& personId);

private:
    void relayout(const QList<genogram::RecordChange>& changes);
    template <typename Placed>
    void syncLines(const QList<Placed>& placed, genogram::RecordKind kind, QSet<QString>& seen);

    genogram::GenogramDocument* m_document;
    genogram::Layout m_layout;
    QDate m_today;
    QHash<QString, PersonItem*> m_people;
    QHash<QString, LineItem*> m_lines;
};

} // namespace kith::ui
