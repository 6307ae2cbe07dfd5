#include "people_page.h"

#include "match_panel.h"
#include "registration/field_checks.h"
#include "registration/registration_codes.h"
#include "registration_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace kith::ui {
namespace {

using registration::MemberEntry;

QString memberPath(int index, const char* field) {
    return QStringLiteral("members[%1].%2").arg(index).arg(QLatin1String(field));
}

void fillCombo(QComboBox* combo, const QList<QPair<QString, QString>>& items) {
    for (const auto& [code, label] : items)
        combo->addItem(label, code);
}

void selectCode(QComboBox* combo, const QString& code) {
    combo->setCurrentIndex(std::max(0, combo->findData(code)));
}

} // namespace

PeoplePage::PeoplePage(RegistrationForm& form, FamilyStore& store, QWidget* parent)
    : QWizardPage(parent)
    , m_form(form)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add another person"), this))
    , m_remove(new QPushButton(tr("Re&move this person"), this))
    , m_role(new QComboBox(this))
    , m_givenName(new QLineEdit(this))
    , m_familyName(new QLineEdit(this))
    , m_dateOfBirth(new QLineEdit(this))
    , m_unborn(new QCheckBox(tr("&Unborn baby"), this))
    , m_expectedDelivery(new QLineEdit(this))
    , m_carriedBy(new QComboBox(this))
    , m_gender(new QComboBox(this))
    , m_nhsNumber(new QLineEdit(this))
    , m_inHousehold(new QCheckBox(tr("Li&ves in the household"), this))
    , m_relationshipBox(new QGroupBox(tr("Relationships"), this))
    , m_relationshipForm(new QFormLayout(m_relationshipBox))
    , m_relationshipMessage(makeMessageLabel(m_relationshipBox)) {
    setObjectName(QStringLiteral("peoplePage"));
    setTitle(tr("Who is in the family"));
    setSubTitle(tr("Everyone in the household, any baby on the way, and important people who "
                   "live elsewhere. Alt+A adds the next person."));
    m_list->setObjectName(QStringLiteral("peopleList"));
    m_add->setObjectName(QStringLiteral("addPerson"));
    m_remove->setObjectName(QStringLiteral("removePerson"));
    m_role->setObjectName(QStringLiteral("role"));
    fillCombo(m_role, {{QStringLiteral("parent"), tr("Parent")},
                       {QStringLiteral("carer"), tr("Carer")},
                       {QStringLiteral("child"), tr("Child")},
                       {QStringLiteral("young_person"), tr("Young person")},
                       {QStringLiteral("other_significant"), tr("Other important person")}});
    m_givenName->setObjectName(QStringLiteral("givenName"));
    m_familyName->setObjectName(QStringLiteral("familyName"));
    m_dateOfBirth->setObjectName(QStringLiteral("dateOfBirth"));
    m_dateOfBirth->setPlaceholderText(tr("dd/mm/yyyy"));
    m_unborn->setObjectName(QStringLiteral("unborn"));
    m_expectedDelivery->setObjectName(QStringLiteral("expectedDelivery"));
    m_expectedDelivery->setPlaceholderText(tr("dd/mm/yyyy"));
    m_carriedBy->setObjectName(QStringLiteral("carriedBy"));
    m_gender->setObjectName(QStringLiteral("gender"));
    fillCombo(m_gender, {{QStringLiteral("not_known"), tr("Not known")},
                         {QStringLiteral("female"), tr("Female")},
                         {QStringLiteral("male"), tr("Male")},
                         {QStringLiteral("other"), tr("Other")}});
    m_nhsNumber->setObjectName(QStringLiteral("nhsNumber"));
    m_nhsNumber->setPlaceholderText(tr("10 digits, e.g. 943 476 5919 (optional)"));
    m_inHousehold->setObjectName(QStringLiteral("inHousehold"));
    m_relationshipBox->setObjectName(QStringLiteral("relationships"));
    // A caption with a mnemonic (Alt+T) that takes the keyboard to the first child's list.
    m_relationshipCaption =
        new QLabel(tr("How this person is related &to each child:"), m_relationshipBox);
    m_relationshipForm->addRow(m_relationshipCaption);
    m_relationshipForm->addRow(m_relationshipMessage);

    auto* personWidget = new QWidget(this);
    m_personForm = new QFormLayout(personWidget);
    m_personForm->setContentsMargins(0, 0, 0, 0);
    m_messages.add(m_personForm, tr("&Role"), m_role, {});
    m_messages.add(m_personForm, tr("&Given name"), m_givenName, {});
    m_messages.add(m_personForm, tr("Famil&y name"), m_familyName, {});
    m_personForm->addRow(QString(), m_unborn);
    m_messages.add(m_personForm, tr("&Date of birth"), m_dateOfBirth, {});
    m_messages.add(m_personForm, tr("E&xpected date of delivery"), m_expectedDelivery, {});
    m_messages.add(m_personForm, tr("&Carried by"), m_carriedBy, {});
    m_messages.add(m_personForm, tr("Gend&er"), m_gender, {});
    m_messages.add(m_personForm, tr("N&HS number"), m_nhsNumber, {});
    m_personForm->addRow(QString(), m_inHousehold);
    m_personForm->addRow(m_relationshipBox);

    auto* peopleColumn = new QVBoxLayout;
    auto* listCaption = new QLabel(tr("Pe&ople in the family"), this);
    listCaption->setBuddy(m_list);
    peopleColumn->addWidget(listCaption);
    peopleColumn->addWidget(m_list, 1);
    peopleColumn->addWidget(m_add);
    peopleColumn->addWidget(m_remove);

    // The matcher's panel: likely matches for the person being typed.
    auto* matchColumn = new QVBoxLayout;
    auto* matchTitle = new QLabel(tr("<b>Already known?</b>"), this);
    matchColumn->addWidget(matchTitle);
    m_matchPanel = new MatchPanel(store, this);
    m_matchPanel->setObjectName(QStringLiteral("matchPanel"));
    matchColumn->addWidget(m_matchPanel, 1);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(peopleColumn, 2);
    layout->addWidget(personWidget, 5);
    layout->addLayout(matchColumn, 3);

    const QList<QWidget*> order{m_role,        m_givenName,        m_familyName, m_unborn,
                                m_dateOfBirth, m_expectedDelivery, m_carriedBy,  m_gender,
                                m_nhsNumber,   m_inHousehold,      m_list,       m_add,
                                m_remove};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_add, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(m_remove, &QPushButton::clicked, this, &PeoplePage::removeCurrentPerson);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading)
            select(row);
    });
    for (QLineEdit* edit :
         {m_givenName, m_familyName, m_dateOfBirth, m_expectedDelivery, m_nhsNumber})
        connect(edit, &QLineEdit::textEdited, this, &PeoplePage::store);
    for (QComboBox* combo : {m_role, m_carriedBy, m_gender})
        connect(combo, &QComboBox::currentIndexChanged, this, &PeoplePage::store);
    for (QCheckBox* box : {m_unborn, m_inHousehold})
        connect(box, &QCheckBox::toggled, this, &PeoplePage::store);
    connect(m_unborn, &QCheckBox::toggled, this, [this] { m_messages.touch(m_dateOfBirth); });
    connect(&m_form, &RegistrationForm::changed, this, &PeoplePage::refreshMessages);
}

void PeoplePage::initializePage() {
    if (m_form.document().members.isEmpty())
        addPerson();
    else
        select(std::max(0, std::min(m_current, int(m_form.document().members.size()) - 1)));
}

QString PeoplePage::nextKey() const {
    int highest = 0;
    for (const MemberEntry& member : m_form.document().members) {
        if (member.key.startsWith(u'p'))
            highest = std::max(highest, member.key.mid(1).toInt());
    }
    return QStringLiteral("p%1").arg(highest + 1);
}

void PeoplePage::addPerson() {
    auto& members = m_form.document().members;
    MemberEntry person;
    person.key = nextKey();
    const bool anyParent = std::any_of(members.cbegin(), members.cend(), [](const auto& m) {
        return m.role == QLatin1String("parent");
    });
    person.role = anyParent ? QStringLiteral("child") : QStringLiteral("parent");
    // Most of a family shares a surname: start from the previous person's.
    if (!members.isEmpty())
        person.familyName = members.back().familyName;
    members.append(person);
    m_form.edited();
    select(int(members.size()) - 1);
    m_role->setFocus(Qt::OtherFocusReason);
}

void PeoplePage::removeCurrentPerson() {
    auto& members = m_form.document().members;
    if (m_current < 0 || m_current >= members.size())
        return;
    const QString key = m_form.document().keyOf(m_current);
    members.removeAt(m_current);
    // Nobody keeps a relationship to, or is carried by, someone no longer listed.
    for (MemberEntry& member : members) {
        member.relationships.removeIf([&](const auto& r) { return r.toChild == key; });
        if (member.carriedBy == key)
            member.carriedBy.clear();
    }
    for (auto& phone : m_form.document().phones) {
        if (phone.member == key)
            phone.member.clear();
    }
    m_form.edited();
    if (members.isEmpty())
        addPerson();
    else
        select(std::min(m_current, int(members.size()) - 1));
}

void PeoplePage::select(int index) {
    m_current = index;
    const QStringList fields{QStringLiteral("role"),
                             QStringLiteral("given_name"),
                             QStringLiteral("family_name"),
                             QStringLiteral("date_of_birth"),
                             QStringLiteral("expected_delivery_date"),
                             QStringLiteral("carried_by"),
                             QStringLiteral("gender"),
                             QStringLiteral("nhs_number")};
    const QList<QWidget*> editors{m_role,        m_givenName,        m_familyName,
                                  m_dateOfBirth, m_expectedDelivery, m_carriedBy,
                                  m_gender,      m_nhsNumber};
    for (int i = 0; i < editors.size(); ++i)
        m_messages.setPath(editors.at(i), memberPath(index, fields.at(i).toLatin1().constData()));
    m_messages.untouchAll();
    load();
}

void PeoplePage::load() {
    const auto& doc = m_form.document();
    if (m_current < 0 || m_current >= doc.members.size())
        return;
    m_loading = true;
    const MemberEntry& member = doc.members.at(m_current);
    selectCode(m_role, member.role);
    m_givenName->setText(member.givenName);
    m_familyName->setText(member.familyName);
    m_dateOfBirth->setText(member.dateOfBirth);
    m_unborn->setChecked(member.unborn);
    m_expectedDelivery->setText(member.expectedDeliveryDate);
    m_carriedBy->clear();
    m_carriedBy->addItem(tr("Not known"), QString());
    for (int i = 0; i < doc.members.size(); ++i) {
        if (i != m_current && !doc.members.at(i).unborn)
            m_carriedBy->addItem(doc.members.at(i).givenName, doc.keyOf(i));
    }
    selectCode(m_carriedBy, member.carriedBy);
    selectCode(m_gender, member.gender.isEmpty() ? QStringLiteral("not_known") : member.gender);
    m_nhsNumber->setText(member.nhsNumber);
    m_inHousehold->setChecked(member.inHousehold);
    rebuildRelationships();
    refreshList();
    m_loading = false;
    updateVisibility();
    refreshMessages();
    updateMatchQuery();
}

void PeoplePage::store() {
    if (m_loading || m_current < 0 || m_current >= m_form.document().members.size())
        return;
    MemberEntry& member = m_form.document().members[m_current];
    member.role = m_role->currentData().toString();
    member.givenName = m_givenName->text();
    member.familyName = m_familyName->text();
    member.unborn = m_unborn->isChecked();
    // A date only belongs to the kind of person it is asked for; the other is kept as
    // typed until the box is ticked back.
    member.dateOfBirth = member.unborn ? QString() : m_dateOfBirth->text();
    member.expectedDeliveryDate = member.unborn ? m_expectedDelivery->text() : QString();
    member.carriedBy = member.unborn ? m_carriedBy->currentData().toString() : QString();
    member.gender = m_gender->currentData().toString();
    member.nhsNumber = member.unborn ? QString() : m_nhsNumber->text();
    member.inHousehold = m_inHousehold->isChecked();
    if (member.unborn)
        member.role = QStringLiteral("child");
    storeRelationships();
    m_form.edited();
    updateVisibility();
    refreshList();
    updateMatchQuery();
}

void PeoplePage::rebuildRelationships() {
    // Hidden while rebuilt and shown after, so the new lists are on screen (and in the Tab
    // order) at once rather than when the event loop next runs.
    m_relationshipBox->hide();
    while (m_relationshipForm->rowCount() > 2)
        m_relationshipForm->removeRow(2);
    m_relationshipCombos.clear();
    const auto& doc = m_form.document();
    const MemberEntry& member = doc.members.at(m_current);
    QWidget* previous = m_inHousehold;
    for (int i = 0; i < doc.members.size(); ++i) {
        const MemberEntry& other = doc.members.at(i);
        if (i == m_current || !(other.unborn || registration::isChildRole(other.role)))
            continue;
        auto* combo = new QComboBox(m_relationshipBox);
        combo->setObjectName(QStringLiteral("relationshipTo_%1").arg(doc.keyOf(i)));
        combo->addItem(tr("Not said"), QString());
        for (const auto& code : registration::relationshipCodes())
            combo->addItem(code.label, code.code);
        const QString key = doc.keyOf(i);
        for (const auto& relationship : member.relationships) {
            if (relationship.toChild == key)
                selectCode(combo, relationship.relationship);
        }
        const QString name = other.unborn                ? tr("the unborn baby")
                             : other.givenName.isEmpty() ? tr("child %1").arg(i + 1)
                                                         : other.givenName;
        m_relationshipForm->addRow(tr("To %1").arg(name), combo);
        if (m_relationshipCombos.isEmpty())
            m_relationshipCaption->setBuddy(combo);
        m_relationshipCombos.append({key, combo});
        connect(combo, &QComboBox::currentIndexChanged, this, &PeoplePage::store);
        setTabOrder(previous, combo);
        previous = combo;
    }
    setTabOrder(previous, m_list);
    m_relationshipBox->setVisible(!m_relationshipCombos.isEmpty());
}

void PeoplePage::storeRelationships() {
    MemberEntry& member = m_form.document().members[m_current];
    QList<registration::RelationshipEntry> kept;
    // Relationships to people not shown here (no longer children) are dropped with them.
    for (const auto& [key, combo] : std::as_const(m_relationshipCombos)) {
        const QString code = combo->currentData().toString();
        if (!code.isEmpty())
            kept.append({key, code});
    }
    member.relationships = kept;
}

void PeoplePage::refreshList() {
    const auto& doc = m_form.document();
    const bool wasLoading = std::exchange(m_loading, true);
    while (m_list->count() > doc.members.size())
        delete m_list->takeItem(m_list->count() - 1);
    for (int i = 0; i < doc.members.size(); ++i) {
        const MemberEntry& member = doc.members.at(i);
        QString name = (member.givenName + u' ' + member.familyName).trimmed();
        if (member.unborn)
            name = tr("Unborn baby");
        if (name.isEmpty())
            name = tr("(new person)");
        const QString text =
            tr("%1 \u2013 %2")
                .arg(name, m_role->itemText(std::max(0, m_role->findData(member.role))));
        if (i < m_list->count())
            m_list->item(i)->setText(text);
        else
            m_list->addItem(text);
    }
    m_list->setCurrentRow(m_current);
    m_loading = wasLoading;
}

void PeoplePage::updateVisibility() {
    const bool unborn = m_unborn->isChecked();
    auto show = [this](QWidget* field, bool visible) {
        m_personForm->setRowVisible(field->parentWidget(), visible);
    };
    show(m_dateOfBirth, !unborn);
    show(m_expectedDelivery, unborn);
    show(m_carriedBy, unborn);
    show(m_nhsNumber, !unborn);
    m_role->setEnabled(!unborn);
}

void PeoplePage::refreshMessages() {
    m_messages.refresh(m_form);
    if (m_current < 0)
        return;
    const QString prefix = QStringLiteral("members[%1].relationships").arg(m_current);
    QStringList messages;
    for (const auto& problem : m_form.check().problems) {
        if (problem.field.startsWith(prefix))
            messages.append(problem.message);
    }
    m_relationshipMessage->setText(messages.join(u'\n'));
    m_relationshipMessage->setVisible(!messages.isEmpty() && m_relationshipBox->isVisible());
}

void PeoplePage::updateMatchQuery() {
    if (!m_matchPanel || m_current < 0)
        return;
    const auto& doc = m_form.document();
    const MemberEntry& member = doc.members.at(m_current);
    match::MatchQuery query;
    query.givenName = member.givenName;
    query.familyName = member.familyName;
    query.dateOfBirth = registration::FieldChecks::parseDate(member.dateOfBirth).value_or(QDate());
    query.postcode = doc.addresses.isEmpty() ? QString() : doc.addresses.front().postcode;
    query.nhsNumber = member.nhsNumber;
    m_matchPanel->setQuery(query);
}

bool PeoplePage::validatePage() {
    const auto& problems = m_form.check().problems;
    const auto first = std::find_if(problems.cbegin(), problems.cend(), [](const auto& p) {
        return p.field.startsWith(QLatin1String("members"));
    });
    if (first == problems.cend())
        return true;
    // Show the first person with a problem, with every message on their form.
    const int index = first->field.section(u'[', 1).section(u']', 0, 0).toInt();
    if (first->field.startsWith(QLatin1String("members[")) && index != m_current)
        select(index);
    m_messages.touchAll();
    refreshMessages();
    if (QWidget* field = m_messages.firstProblem(m_form))
        field->setFocus(Qt::OtherFocusReason);
    else if (!m_relationshipCombos.isEmpty())
        m_relationshipCombos.front().second->setFocus(Qt::OtherFocusReason);
    return false;
}

} // namespace kith::ui
