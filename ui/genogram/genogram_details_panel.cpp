#include "genogram_details_panel.h"

#include "genogram/editing/change_record_command.h"
#include "genogram/editing/pin_person_command.h"
#include "genogram/editing/set_household_membership_command.h"
#include "genogram_labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kith::ui {

using namespace genogram;

namespace {

// Field keys: edits of the same field of the same person in a row merge into one undo step.
enum Field {
    NameField = 1,
    SexField,
    BirthField,
    DeathField,
    IndexField,
    PregnancyField,
    NoteField
};

QSpinBox* yearBox(QWidget* parent, const QString& name) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 2100);
    box->setSpecialValueText(GenogramDetailsPanel::tr("Not known"));
    return box;
}

template <typename Kind>
void fillCombo(QComboBox* combo, const QList<Kind>& kinds, QString (*label)(Kind)) {
    combo->clear();
    for (Kind kind : kinds)
        combo->addItem(label(kind), static_cast<int>(kind));
}

} // namespace

GenogramDetailsPanel::GenogramDetailsPanel(GenogramDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_stack(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("genogramDetails"));
    m_nothing = new QLabel(tr("Choose a person or a line to see and change its details."), this);
    m_nothing->setWordWrap(true);
    m_nothing->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stack->addWidget(m_nothing);
    m_stack->addWidget(buildPersonForm());
    m_stack->addWidget(buildLineForm());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_stack);
    connect(document, &GenogramDocument::edited, this, &GenogramDetailsPanel::refresh);
    refresh();
}

QWidget* GenogramDetailsPanel::buildPersonForm() {
    auto* page = new QWidget(m_stack);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("genogramName"));
    m_linked = new QLabel(tr("Also changes the family record."), page);
    m_linked->setForegroundRole(QPalette::PlaceholderText);
    m_sex = new QComboBox(page);
    m_sex->setObjectName(QStringLiteral("genogramSex"));
    fillCombo(m_sex, GenogramLabels::allSexes(), &GenogramLabels::sex);
    m_birthYear = yearBox(page, QStringLiteral("genogramBirthYear"));
    m_deceased = new QCheckBox(tr("Has died"), page);
    m_deathYear = yearBox(page, QStringLiteral("genogramDeathYear"));
    m_index = new QCheckBox(tr("The child the assessment is about"), page);
    m_pregnancy = new QComboBox(page);
    fillCombo(m_pregnancy, GenogramLabels::allPregnancies(), &GenogramLabels::pregnancy);
    m_household = new QCheckBox(tr("Lives in the household"), page);
    m_pinned = new QCheckBox(tr("Keep where I put them"), page);
    m_note = new QLineEdit(page);
    m_note->setObjectName(QStringLiteral("genogramNote"));
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), m_linked);
    form->addRow(tr("Sex"), m_sex);
    form->addRow(tr("Year of birth"), m_birthYear);
    form->addRow(QString(), m_deceased);
    form->addRow(tr("Year of death"), m_deathYear);
    form->addRow(QString(), m_index);
    form->addRow(tr("Birth"), m_pregnancy);
    form->addRow(QString(), m_household);
    form->addRow(QString(), m_pinned);
    form->addRow(tr("Note"), m_note);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_name->text().simplified();
        changePerson(NameField, [&](Person& p) { p.name = name; });
    });
    connect(m_sex, &QComboBox::currentIndexChanged, this, [this] {
        changePerson(SexField, [&](Person& p) { p.sex = Sex(m_sex->currentData().toInt()); });
    });
    connect(m_birthYear, &QSpinBox::editingFinished, this, [this] {
        changePerson(BirthField, [&](Person& p) {
            if (!p.dateOfBirth.isValid() || p.dateOfBirth.year() != m_birthYear->value())
                p.dateOfBirth = {};
            p.birthYear = m_birthYear->value();
        });
    });
    connect(m_deceased, &QCheckBox::toggled, this,
            [this](bool died) { changePerson(DeathField, [&](Person& p) { p.deceased = died; }); });
    connect(m_deathYear, &QSpinBox::editingFinished, this, [this] {
        changePerson(DeathField, [&](Person& p) { p.deathYear = m_deathYear->value(); });
    });
    connect(m_index, &QCheckBox::toggled, this, [this](bool index) {
        changePerson(IndexField, [&](Person& p) { p.indexChild = index; });
    });
    connect(m_pregnancy, &QComboBox::currentIndexChanged, this, [this] {
        changePerson(PregnancyField, [&](Person& p) {
            p.pregnancy = Pregnancy(m_pregnancy->currentData().toInt());
        });
    });
    connect(m_note, &QLineEdit::editingFinished, this,
            [this] { changePerson(NoteField, [&](Person& p) { p.note = m_note->text(); }); });
    connect(m_household, &QCheckBox::toggled, this, [this](bool member) {
        if (!m_loading)
            m_document->undoStack()->push(
                new SetHouseholdMembershipCommand(m_document, m_id, member));
    });
    connect(m_pinned, &QCheckBox::toggled, this, [this](bool pin) {
        if (m_loading)
            return;
        const Person* person = m_document->genogram().person(m_id);
        std::optional<QPointF> at;
        if (pin && person)
            at = person->pinnedAt.value_or(m_positionOf ? m_positionOf(m_id) : QPointF());
        m_document->undoStack()->push(new PinPersonCommand(m_document, m_id, at));
    });
    return page;
}

QWidget* GenogramDetailsPanel::buildLineForm() {
    auto* page = new QWidget(m_stack);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_lineTitle = new QLabel(page);
    m_lineTitle->setWordWrap(true);
    m_lineKind = new QComboBox(page);
    m_lineKind->setObjectName(QStringLiteral("genogramLineKind"));
    m_startYear = yearBox(page, QStringLiteral("genogramStartYear"));
    m_endYear = yearBox(page, QStringLiteral("genogramEndYear"));
    form->addRow(m_lineTitle);
    form->addRow(tr("Kind"), m_lineKind);
    form->addRow(tr("From (year)"), m_startYear);
    form->addRow(tr("Until (year)"), m_endYear);
    connect(m_lineKind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_lineKind->currentData().toInt();
        changeLine([kind](QVariant& v) { v = kind; });
    });
    auto years = [this] {
        if (m_loading)
            return;
        if (const Union* couple = m_document->unionOf(m_id)) {
            Union changed = *couple;
            changed.startYear = m_startYear->value();
            changed.endYear = m_endYear->value();
            m_document->undoStack()->push(new ChangeRecordCommand(m_document, changed));
        }
    };
    connect(m_startYear, &QSpinBox::editingFinished, this, years);
    connect(m_endYear, &QSpinBox::editingFinished, this, years);
    return page;
}

void GenogramDetailsPanel::showRecord(RecordKind kind, const QString& id) {
    m_kind = kind;
    m_id = id;
    refresh();
}

void GenogramDetailsPanel::changePerson(int field, const std::function<void(Person&)>& change) {
    if (m_loading)
        return;
    const Person* person = m_document->genogram().person(m_id);
    if (!person)
        return;
    Person changed = *person;
    change(changed);
    auto* command = new ChangeRecordCommand(m_document, changed, field);
    m_document->undoStack()->push(command);
}

void GenogramDetailsPanel::changeLine(const std::function<void(QVariant&)>& change) {
    if (m_loading)
        return;
    QVariant kind;
    change(kind);
    if (const Union* couple = m_document->unionOf(m_id)) {
        Union changed = *couple;
        changed.kind = UnionKind(kind.toInt());
        m_document->undoStack()->push(new ChangeRecordCommand(m_document, changed));
    } else if (const ChildLink* link = m_document->childLink(m_id)) {
        ChildLink changed = *link;
        changed.kind = ChildKind(kind.toInt());
        m_document->undoStack()->push(new ChangeRecordCommand(m_document, changed));
    } else if (const Relationship* line = m_document->relationship(m_id)) {
        Relationship changed = *line;
        changed.bond = Bond(kind.toInt());
        m_document->undoStack()->push(new ChangeRecordCommand(m_document, changed));
    }
}

void GenogramDetailsPanel::refresh() {
    m_loading = true;
    const Genogram& g = m_document->genogram();
    if (const Person* p = m_kind == RecordKind::Person ? g.person(m_id) : nullptr) {
        m_stack->setCurrentIndex(1);
        m_name->setText(p->name);
        m_linked->setVisible(!p->familyPersonId.isEmpty());
        m_sex->setCurrentIndex(m_sex->findData(static_cast<int>(p->sex)));
        m_birthYear->setValue(p->dateOfBirth.isValid() ? p->dateOfBirth.year() : p->birthYear);
        m_deceased->setChecked(p->deceased);
        m_deathYear->setValue(p->deathYear);
        m_deathYear->setEnabled(p->deceased);
        m_index->setChecked(p->indexChild);
        m_pregnancy->setCurrentIndex(m_pregnancy->findData(static_cast<int>(p->pregnancy)));
        bool member = false;
        for (const Household& home : g.households)
            member = member || home.members.contains(p->id);
        m_household->setChecked(member);
        m_pinned->setChecked(p->pinnedAt.has_value());
        m_note->setText(p->note);
    } else if (const Union* couple = m_document->unionOf(m_id)) {
        m_stack->setCurrentIndex(2);
        m_lineTitle->setText(tr("Couple relationship"));
        fillCombo(m_lineKind, GenogramLabels::allUnionKinds(), &GenogramLabels::unionKind);
        m_lineKind->setCurrentIndex(m_lineKind->findData(static_cast<int>(couple->kind)));
        m_startYear->setValue(couple->startYear);
        m_endYear->setValue(couple->endYear);
        m_startYear->setEnabled(true);
        m_endYear->setEnabled(true);
    } else if (const ChildLink* link = m_document->childLink(m_id)) {
        m_stack->setCurrentIndex(2);
        m_lineTitle->setText(tr("A child's link to their parents"));
        fillCombo(m_lineKind, GenogramLabels::allChildKinds(), &GenogramLabels::childKind);
        m_lineKind->setCurrentIndex(m_lineKind->findData(static_cast<int>(link->kind)));
        m_startYear->setEnabled(false);
        m_endYear->setEnabled(false);
    } else if (const Relationship* line = m_document->relationship(m_id)) {
        m_stack->setCurrentIndex(2);
        m_lineTitle->setText(tr("How they get on"));
        fillCombo(m_lineKind, GenogramLabels::allBonds(), &GenogramLabels::bond);
        m_lineKind->setCurrentIndex(m_lineKind->findData(static_cast<int>(line->bond)));
        m_startYear->setEnabled(false);
        m_endYear->setEnabled(false);
    } else {
        m_stack->setCurrentIndex(0);
    }
    m_loading = false;
}

} // namespace kith::ui
