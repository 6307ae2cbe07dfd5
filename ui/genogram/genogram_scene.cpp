#include "genogram_scene.h"

#include "genogram_items.h"

#include <QSet>

namespace kith::ui {

using namespace genogram;

namespace {

QString idOf(const PlacedUnion& placed) {
    return placed.unionId;
}
QString idOf(const PlacedChild& placed) {
    return placed.linkId;
}
QString idOf(const PlacedRelationship& placed) {
    return placed.relationshipId;
}
QString idOf(const PlacedHousehold& placed) {
    return placed.householdId;
}

} // namespace

GenogramScene::GenogramScene(GenogramDocument* document, QObject* parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_today(QDate::currentDate()) {
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(document, &GenogramDocument::edited, this, &GenogramScene::relayout);
    relayout({});
}

template <typename Placed>
void GenogramScene::syncLines(const QList<Placed>& placed, RecordKind kind, QSet<QString>& seen) {
    for (const Placed& part : placed) {
        const QString id = idOf(part);
        seen.insert(id);
        LineItem* item = m_lines.value(id);
        if (!item) {
            item = new LineItem(&m_document->genogram(), kind, id);
            m_lines.insert(id, item);
            addItem(item);
        }
        item->setPlaced(part);
    }
}

void GenogramScene::relayout(const QList<RecordChange>& changes) {
    m_layout = layoutGenogram(m_document->genogram());

    QSet<QString> seenPeople;
    for (const PlacedPerson& placed : std::as_const(m_layout.people)) {
        seenPeople.insert(placed.personId);
        PersonItem* item = m_people.value(placed.personId);
        if (!item) {
            item = new PersonItem(&m_document->genogram(), placed.personId, m_today);
            m_people.insert(placed.personId, item);
            addItem(item);
        }
        if (item->pos() != placed.centre)
            item->setPos(placed.centre);
    }
    for (auto it = m_people.begin(); it != m_people.end();) {
        if (seenPeople.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_people.erase(it);
    }

    QSet<QString> seenLines;
    syncLines(m_layout.unions, RecordKind::Union, seenLines);
    syncLines(m_layout.children, RecordKind::ChildLink, seenLines);
    syncLines(m_layout.relationships, RecordKind::Relationship, seenLines);
    syncLines(m_layout.households, RecordKind::Household, seenLines);
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (seenLines.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_lines.erase(it);
    }

    // Records whose facts changed in place repaint; moved items already have.
    for (const RecordChange& change : changes) {
        if (change.what != RecordChange::What::Changed)
            continue;
        if (change.kind == RecordKind::Person) {
            if (PersonItem* item = m_people.value(change.id))
                item->update();
        } else if (LineItem* item = m_lines.value(change.id)) {
            item->update();
        }
    }
    setSceneRect(m_layout.bounds.adjusted(-200, -200, 200, 200));
}

QStringList GenogramScene::selectedPeople() const {
    QStringList ids;
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == PersonItem::Type)
            ids << static_cast<PersonItem*>(item)->personId();
    }
    return ids;
}

void GenogramScene::selectPerson(const QString& personId) {
    PersonItem* item = m_people.value(personId);
    if (!item)
        return;
    clearSelection();
    item->setSelected(true);
    setFocusItem(item);
}

} // namespace kith::ui
