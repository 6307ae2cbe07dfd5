#include "plan/plan_item_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kith::ui {
namespace {

// The date edit's lowest date stands for "no date yet" and reads "Not set".
const QDate kNoDate(2000, 1, 1);

QPlainTextEdit* shortText(QWidget* parent, const QString& name) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

QFormLayout* formOn(QWidget* page) {
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

} // namespace

PlanItemForm::PlanItemForm(QWidget* parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_hint(new QLabel(this)) {
    setObjectName(QStringLiteral("planItemForm"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(m_hint);
    m_pages->addWidget(buildNeedPage());
    m_pages->addWidget(buildOutcomePage());
    m_pages->addWidget(buildActionPage());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    showNothing(tr("Choose a need, outcome or action to change it, or add one."));
}

QWidget* PlanItemForm::buildNeedPage() {
    auto* page = new QWidget;
    QFormLayout* form = formOn(page);
    m_needText = shortText(page, QStringLiteral("planNeedText"));
    m_needAbout = new QComboBox(page);
    m_needAbout->setObjectName(QStringLiteral("planNeedAbout"));
    m_needConfidential = new QCheckBox(tr("Confidential: never shown on the projector"), page);
    m_needConfidential->setObjectName(QStringLiteral("planNeedConfidential"));
    form->addRow(tr("What the family needs help with"), m_needText);
    form->addRow(tr("Who it is about"), m_needAbout);
    form->addRow(QString(), m_needConfidential);
    watch(m_needText);
    watch(m_needAbout);
    watch(m_needConfidential);
    return page;
}

QWidget* PlanItemForm::buildOutcomePage() {
    auto* page = new QWidget;
    QFormLayout* form = formOn(page);
    m_heading = new QComboBox(page);
    m_heading->setObjectName(QStringLiteral("planOutcomeHeading"));
    for (plan::OutcomeHeading heading : plan::allHeadings())
        m_heading->addItem(plan::PlanLabels::heading(heading), plan::headingCode(heading));
    m_outcomeText = shortText(page, QStringLiteral("planOutcomeText"));
    m_outcomeConfidential = new QCheckBox(tr("Confidential: never shown on the projector"), page);
    form->addRow(tr("Heading"), m_heading);
    form->addRow(tr("What will be different"), m_outcomeText);
    form->addRow(QString(), m_outcomeConfidential);
    watch(m_heading);
    watch(m_outcomeText);
    watch(m_outcomeConfidential);
    return page;
}

QWidget* PlanItemForm::buildActionPage() {
    auto* page = new QWidget;
    QFormLayout* form = formOn(page);
    m_what = new QLineEdit(page);
    m_what->setObjectName(QStringLiteral("planActionWhat"));
    m_what->setPlaceholderText(tr("e.g. Walk Zainab to school by 8:45 every school day"));
    m_owner = new QComboBox(page);
    m_owner->setObjectName(QStringLiteral("planActionOwner"));
    m_due = new QDateEdit(page);
    m_due->setObjectName(QStringLiteral("planActionDue"));
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(kNoDate);
    m_due->setSpecialValueText(tr("Not set"));
    m_due->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_measure = new QLineEdit(page);
    m_measure->setObjectName(QStringLiteral("planActionMeasure"));
    m_measure->setPlaceholderText(tr("e.g. School says she was on time 9 days out of 10"));
    m_support = new QLineEdit(page);
    m_support->setObjectName(QStringLiteral("planActionSupport"));
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("planActionStatus"));
    for (plan::ActionStatus status :
         {plan::ActionStatus::NotStarted, plan::ActionStatus::InProgress, plan::ActionStatus::Done,
          plan::ActionStatus::NotDone, plan::ActionStatus::NoLongerNeeded})
        m_status->addItem(plan::PlanLabels::actionStatus(status), plan::actionStatusCode(status));
    m_actionConfidential = new QCheckBox(tr("Confidential: never shown on the projector"), page);
    m_actionConfidential->setObjectName(QStringLiteral("planActionConfidential"));
    form->addRow(tr("What will be done"), m_what);
    form->addRow(tr("Who will do it"), m_owner);
    form->addRow(tr("By when"), m_due);
    form->addRow(tr("How we will know it is done"), m_measure);
    form->addRow(tr("Support given"), m_support);
    form->addRow(tr("Status"), m_status);
    form->addRow(QString(), m_actionConfidential);
    watch(m_what);
    watch(m_owner);
    connect(m_due, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    connect(m_due, &QDateEdit::editingFinished, this, &PlanItemForm::committed);
    watch(m_measure);
    watch(m_support);
    watch(m_status);
    watch(m_actionConfidential);
    return page;
}

void PlanItemForm::watch(QLineEdit* edit) {
    connect(edit, &QLineEdit::textEdited, this, [this] { emit edited(); });
    connect(edit, &QLineEdit::editingFinished, this, &PlanItemForm::committed);
}

void PlanItemForm::watch(QPlainTextEdit* edit) {
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

void PlanItemForm::watch(QComboBox* combo) {
    connect(combo, &QComboBox::activated, this, [this] {
        emit edited();
        emit committed();
    });
}

void PlanItemForm::watch(QCheckBox* box) {
    connect(box, &QCheckBox::clicked, this, [this] {
        emit edited();
        emit committed();
    });
}

void PlanItemForm::setChoices(const QList<plan::ActionOwner>& owners,
                              const QList<std::pair<QString, QString>>& people) {
    m_owners = owners;
    m_owner->clear();
    m_owner->addItem(tr("Not decided yet"), -1);
    for (int i = 0; i < owners.size(); ++i)
        m_owner->addItem(owners[i].name, i);
    m_needAbout->clear();
    m_needAbout->addItem(tr("The whole family"), QString());
    for (const auto& [id, name] : people)
        m_needAbout->addItem(name, id);
}

void PlanItemForm::load(const std::function<void()>& fill) {
    m_loading = true;
    fill();
    m_loading = false;
}

void PlanItemForm::editNeed(const plan::PlanNeed& need) {
    m_kind = Kind::Need;
    m_need = need;
    load([&] {
        m_needText->setPlainText(need.text);
        m_needAbout->setCurrentIndex(std::max(0, m_needAbout->findData(need.aboutPersonId)));
        m_needConfidential->setChecked(need.confidential);
    });
    m_pages->setCurrentIndex(1);
}

void PlanItemForm::editOutcome(const plan::PlanOutcome& outcome) {
    m_kind = Kind::Outcome;
    m_outcome = outcome;
    load([&] {
        m_heading->setCurrentIndex(m_heading->findData(plan::headingCode(outcome.heading)));
        m_outcomeText->setPlainText(outcome.text);
        m_outcomeConfidential->setChecked(outcome.confidential);
    });
    m_pages->setCurrentIndex(2);
}

void PlanItemForm::editAction(const plan::PlanAction& action) {
    m_kind = Kind::Action;
    m_action = action;
    load([&] {
        m_what->setText(action.what);
        int ownerRow = 0;
        for (int i = 0; i < m_owners.size(); ++i) {
            if (!action.owner.isEmpty() && m_owners[i].kind == action.owner.kind &&
                m_owners[i].id() == action.owner.id())
                ownerRow = i + 1;
        }
        if (ownerRow == 0 && !action.owner.isEmpty()) {
            // Someone no longer listed (e.g. an involvement that ended): keep them.
            m_owners.append(action.owner);
            m_owner->addItem(action.owner.name, static_cast<int>(m_owners.size() - 1));
            ownerRow = m_owner->count() - 1;
        }
        m_owner->setCurrentIndex(ownerRow);
        m_due->setDate(action.dueOn.isValid() ? action.dueOn : kNoDate);
        m_measure->setText(action.howWeWillKnow);
        m_support->setText(action.support);
        m_status->setCurrentIndex(m_status->findData(plan::actionStatusCode(action.status)));
        m_actionConfidential->setChecked(action.confidential);
    });
    m_pages->setCurrentIndex(3);
}

void PlanItemForm::showNothing(const QString& hint) {
    m_kind = Kind::None;
    m_hint->setText(hint);
    m_pages->setCurrentIndex(0);
}

void PlanItemForm::setItemId(const QString& id) {
    m_need.id = m_kind == Kind::Need ? id : m_need.id;
    m_outcome.id = m_kind == Kind::Outcome ? id : m_outcome.id;
    m_action.id = m_kind == Kind::Action ? id : m_action.id;
}

QString PlanItemForm::itemId() const {
    switch (m_kind) {
    case Kind::Need:
        return m_need.id;
    case Kind::Outcome:
        return m_outcome.id;
    case Kind::Action:
        return m_action.id;
    case Kind::None:
        break;
    }
    return {};
}

plan::PlanNeed PlanItemForm::need() const {
    plan::PlanNeed need = m_need;
    need.text = m_needText->toPlainText().trimmed();
    need.aboutPersonId = m_needAbout->currentData().toString();
    need.confidential = m_needConfidential->isChecked();
    return need;
}

plan::PlanOutcome PlanItemForm::outcome() const {
    plan::PlanOutcome outcome = m_outcome;
    outcome.heading =
        plan::headingFromCode(m_heading->currentData().toString()).value_or(outcome.heading);
    outcome.text = m_outcomeText->toPlainText().trimmed();
    outcome.confidential = m_outcomeConfidential->isChecked();
    return outcome;
}

plan::PlanAction PlanItemForm::action() const {
    plan::PlanAction action = m_action;
    action.what = m_what->text().trimmed();
    const int owner = m_owner->currentData().toInt();
    action.owner = owner >= 0 && owner < m_owners.size() ? m_owners[owner] : plan::ActionOwner{};
    action.dueOn = m_due->date() == kNoDate ? QDate() : m_due->date();
    action.howWeWillKnow = m_measure->text().trimmed();
    action.support = m_support->text().trimmed();
    action.status =
        plan::actionStatusFromCode(m_status->currentData().toString()).value_or(action.status);
    action.confidential = m_actionConfidential->isChecked();
    return action;
}

void PlanItemForm::focusField(const QString& findingCode) {
    if (m_kind != Kind::Action)
        return;
    QWidget* field = m_what;
    if (findingCode == QLatin1String("no_owner"))
        field = m_owner;
    else if (findingCode == QLatin1String("no_date") || findingCode == QLatin1String("date_passed"))
        field = m_due;
    else if (findingCode == QLatin1String("no_measure"))
        field = m_measure;
    field->setFocus(Qt::OtherFocusReason);
}

} // namespace kith::ui
