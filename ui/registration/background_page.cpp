#include "background_page.h"

#include "registration/registration_codes.h"
#include "registration_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace kith::ui {
namespace {

void fill(QComboBox* combo, const QList<registration::CodeLabel>& codes, const QString& none) {
    combo->addItem(none, QString());
    for (const auto& code : codes)
        combo->addItem(code.label, code.code);
}

void selectCode(QComboBox* combo, const QString& code) {
    combo->setCurrentIndex(std::max(0, combo->findData(code)));
}

} // namespace

BackgroundPage::BackgroundPage(RegistrationForm& form, QWidget* parent)
    : QWizardPage(parent)
    , m_form(form)
    , m_person(new QComboBox(this))
    , m_language(new QLineEdit(this))
    , m_interpreter(new QCheckBox(tr("&Interpreter needed"), this))
    , m_ethnicity(new QComboBox(this))
    , m_gp(new QLineEdit(this))
    , m_school(new QLineEdit(this))
    , m_send(new QComboBox(this))
    , m_disability(new QLineEdit(this))
    , m_howHeard(new QComboBox(this))
    , m_howHeardDetail(new QLineEdit(this)) {
    setObjectName(QStringLiteral("backgroundPage"));
    setTitle(tr("About each person"));
    setSubTitle(tr("Choose a person, then fill in what the family is happy to share. All of "
                   "this is optional."));
    m_person->setObjectName(QStringLiteral("backgroundPerson"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setPlaceholderText(tr("e.g. English, Polish, British Sign Language"));
    m_interpreter->setObjectName(QStringLiteral("interpreterNeeded"));
    m_ethnicity->setObjectName(QStringLiteral("ethnicity"));
    // ONS 2021: the five groups as headings that cannot be chosen, the categories under them.
    m_ethnicity->addItem(tr("Not recorded"), QString());
    auto* items = qobject_cast<QStandardItemModel*>(m_ethnicity->model());
    for (const auto& group : registration::ethnicGroups()) {
        m_ethnicity->addItem(group.label);
        items->item(m_ethnicity->count() - 1)->setEnabled(false);
        for (const auto& category : group.categories)
            m_ethnicity->addItem(QStringLiteral("    ") + category.label, category.code);
    }
    m_ethnicity->addItem(
        registration::labelOf(registration::ethnicityCodes(), QStringLiteral("not_stated")),
        QStringLiteral("not_stated"));
    m_gp->setObjectName(QStringLiteral("gp"));
    m_school->setObjectName(QStringLiteral("school"));
    m_send->setObjectName(QStringLiteral("send"));
    fill(m_send, registration::sendCodes(), tr("Not recorded"));
    m_disability->setObjectName(QStringLiteral("disability"));
    m_disability->setPlaceholderText(tr("In the family's own words"));
    m_howHeard->setObjectName(QStringLiteral("howHeard"));
    fill(m_howHeard, registration::howHeardCodes(), tr("Not recorded"));
    m_howHeardDetail->setObjectName(QStringLiteral("howHeardDetail"));

    auto* personBox = new QGroupBox(tr("Each person"), this);
    auto* personForm = new QFormLayout(personBox);
    personForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_messages.add(personForm, tr("&Person"), m_person, {});
    m_messages.add(personForm, tr("&Language"), m_language, {});
    personForm->addRow(QString(), m_interpreter);
    m_messages.add(personForm, tr("E&thnicity"), m_ethnicity, {});
    m_messages.add(personForm, tr("&GP practice"), m_gp, {});
    m_messages.add(personForm, tr("&School or setting"), m_school, {});
    m_messages.add(personForm, tr("SEN&D support"), m_send, {});
    m_messages.add(personForm, tr("Disabilit&y"), m_disability, {});
    auto* familyBox = new QGroupBox(tr("The family"), this);
    auto* familyForm = new QFormLayout(familyBox);
    familyForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_messages.add(familyForm, tr("&Heard of the hub from"), m_howHeard,
                   QStringLiteral("how_heard"));
    m_messages.add(familyForm, tr("In &words"), m_howHeardDetail,
                   QStringLiteral("how_heard_detail"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(personBox);
    layout->addWidget(familyBox);
    layout->addStretch(1);

    connect(m_person, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_loading)
            showPerson(index);
    });
    for (QLineEdit* edit : {m_language, m_gp, m_school, m_disability, m_howHeardDetail})
        connect(edit, &QLineEdit::textEdited, this, &BackgroundPage::store);
    for (QComboBox* combo : {m_ethnicity, m_send, m_howHeard})
        connect(combo, &QComboBox::currentIndexChanged, this, &BackgroundPage::store);
    connect(m_interpreter, &QCheckBox::toggled, this, &BackgroundPage::store);
    connect(m_interpreter, &QCheckBox::toggled, this, [this] { m_messages.touch(m_language); });
    connect(&m_form, &RegistrationForm::changed, this, [this] { m_messages.refresh(m_form); });
}

void BackgroundPage::initializePage() {
    const auto& doc = m_form.document();
    m_loading = true;
    m_person->clear();
    for (int i = 0; i < doc.members.size(); ++i) {
        const auto& member = doc.members.at(i);
        m_person->addItem(member.unborn ? tr("Unborn baby")
                                        : (member.givenName + u' ' + member.familyName).trimmed());
    }
    selectCode(m_howHeard, doc.howHeard);
    m_howHeardDetail->setText(doc.howHeardDetail);
    m_loading = false;
    showPerson(0);
}

void BackgroundPage::showPerson(int index) {
    const auto& members = m_form.document().members;
    if (index < 0 || index >= members.size())
        return;
    m_current = index;
    m_loading = true;
    m_person->setCurrentIndex(index);
    const auto& member = members.at(index);
    m_language->setText(member.language);
    m_interpreter->setChecked(member.interpreterNeeded);
    selectCode(m_ethnicity, member.ethnicity);
    m_gp->setText(member.gp);
    m_school->setText(member.school);
    selectCode(m_send, member.send);
    m_disability->setText(member.disability);
    const QString path = QStringLiteral("members[%1].").arg(index);
    m_messages.setPath(m_language, path + QStringLiteral("language"));
    m_messages.setPath(m_ethnicity, path + QStringLiteral("ethnicity"));
    m_messages.setPath(m_send, path + QStringLiteral("send"));
    m_messages.refresh(m_form);
    m_loading = false;
}

void BackgroundPage::store() {
    if (m_loading)
        return;
    auto& doc = m_form.document();
    if (m_current >= 0 && m_current < doc.members.size()) {
        auto& member = doc.members[m_current];
        member.language = m_language->text();
        member.interpreterNeeded = m_interpreter->isChecked();
        member.ethnicity = m_ethnicity->currentData().toString();
        member.gp = m_gp->text();
        member.school = m_school->text();
        member.send = m_send->currentData().toString();
        member.disability = m_disability->text();
    }
    doc.howHeard = m_howHeard->currentData().toString();
    doc.howHeardDetail = m_howHeardDetail->text();
    m_form.edited();
}

bool BackgroundPage::validatePage() {
    const auto& problems = m_form.check().problems;
    for (const auto& problem : problems) {
        for (const char* field : {".language", ".ethnicity", ".send"}) {
            if (!problem.field.endsWith(QLatin1String(field)))
                continue;
            showPerson(problem.field.section(u'[', 1).section(u']', 0, 0).toInt());
            m_messages.touchAll();
            m_messages.refresh(m_form);
            m_language->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    return true;
}

} // namespace kith::ui
