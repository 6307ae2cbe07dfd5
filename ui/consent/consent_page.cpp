#include "consent/consent_page.h"

#include "consent/consent_dialog.h"
#include "consent/consent_store.h"
#include "consent/override_dialog.h"
#include "consent/restriction_dialog.h"
#include "consent/signature_pad.h"
#include "content_height_table_view.h"
#include "due/due_settings.h"
#include "family_tab.h"
#include "journey/journey_store.h"
#include "store_session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kith::ui {
namespace {

using namespace consent;

QString shortDate(const QDate& day) {
    return QLocale().toString(day, QStringLiteral("d MMM yyyy"));
}

QLabel* makeText(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* heading(QWidget* parent, const QString& text) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

QPixmap signatureThumbnail(const QString& encoded) {
    const auto signature = Signature::decode(encoded);
    if (!signature || signature.value().strokes().isEmpty())
        return {};
    QPixmap pixmap(120, 40);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    SignaturePad::paint(painter, signature.value(), QRectF(pixmap.rect()));
    return pixmap;
}

} // namespace

ConsentPage::ConsentPage(QWidget* parent)
    : QWidget(parent)
    , m_agencies(new QStandardItemModel(this))
    , m_restrictions(new QStandardItemModel(this))
    , m_history(new QStandardItemModel(this)) {
    setObjectName(QStringLiteral("consentPage"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(buildPage());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    clear();
}

ConsentPage::~ConsentPage() = default;

QWidget* ConsentPage::buildPage() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(6);
    layout->addWidget(heading(page, tr("Consent and information sharing")));
    m_status = makeText(page, QStringLiteral("consentStatus"));
    m_review = makeText(page, QStringLiteral("consentReview"));
    layout->addWidget(m_status);
    layout->addWidget(m_review);

    auto* actions = new QHBoxLayout;
    auto button = [&](const QString& text, const QString& name) {
        auto* made = new QPushButton(text, page);
        made->setObjectName(name);
        actions->addWidget(made);
        return made;
    };
    m_record = button(tr("&Record consent\u2026"), QStringLiteral("consentRecord"));
    m_confirm =
        button(tr("Confirm consent is still &given\u2026"), QStringLiteral("consentConfirm"));
    m_withdraw = button(tr("&Withdraw consent\u2026"), QStringLiteral("consentWithdraw"));
    m_restrict = button(tr("Do &not share\u2026"), QStringLiteral("consentRestrict"));
    actions->addStretch(1);
    layout->addLayout(actions);
    connect(m_record, &QPushButton::clicked, this, &ConsentPage::recordConsent);
    connect(m_confirm, &QPushButton::clicked, this, &ConsentPage::confirmConsent);
    connect(m_withdraw, &QPushButton::clicked, this, &ConsentPage::withdrawConsent);
    connect(m_restrict, &QPushButton::clicked, this, &ConsentPage::addRestriction);

    auto table = [&](const QString& title, QStandardItemModel* model, const QString& name) {
        layout->addSpacing(8);
        layout->addWidget(heading(page, title));
        auto* view = new ContentHeightTableView(page);
        view->setObjectName(name);
        view->setModel(model);
        view->setAccessibleName(title);
        layout->addWidget(view);
        return view;
    };
    table(tr("Who the family agreed to share with"), m_agencies, QStringLiteral("consentAgencies"));
    m_youngPeople = makeText(page, QStringLiteral("consentYoungPeople"));
    layout->addWidget(m_youngPeople);
    m_restrictionTable = table(tr("What the family does not want shared"), m_restrictions,
                               QStringLiteral("consentRestrictions"));
    m_restrictionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_restrictionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* restrictionActions = new QHBoxLayout;
    m_override = new QPushButton(tr("Safeguarding &override\u2026"), page);
    m_override->setObjectName(QStringLiteral("consentOverride"));
    m_lift = new QPushButton(tr("&Lift restriction"), page);
    m_lift->setObjectName(QStringLiteral("consentLift"));
    restrictionActions->addWidget(m_override);
    restrictionActions->addWidget(m_lift);
    restrictionActions->addStretch(1);
    layout->addLayout(restrictionActions);
    connect(m_override, &QPushButton::clicked, this,
            [this] { overrideRestriction(m_restrictionTable->currentIndex().row()); });
    connect(m_lift, &QPushButton::clicked, this, [this] {
        const int row = m_restrictionTable->currentIndex().row();
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Lift restriction"), tr("Why is the family's restriction being lifted?"),
            QLineEdit::Normal, {}, &ok);
        if (ok && !reason.trimmed().isEmpty())
            liftRestriction(row, reason);
    });
    table(tr("History"), m_history, QStringLiteral("consentHistory"));
    layout->addWidget(heading(page, tr("Signature on the latest written consent")));
    m_signature = new SignaturePad(page);
    m_signature->setObjectName(QStringLiteral("consentLatestSignature"));
    m_signature->setReadOnly(true);
    layout->addWidget(m_signature);
    layout->addStretch(1);
    return page;
}

void ConsentPage::placeBeside(QWidget* familyPage) {
    placeAsFamilyTab(this, familyPage, tr("Consent"), true);
}

void ConsentPage::setSession(const StoreSession* session) {
    m_session = session;
    m_consents.reset();
    m_rules.reset();
    m_journeys.reset();
    if (session) {
        auto agencies = HubAgencies::forStore(session->database());
        if (agencies) {
            m_reviewMonths = agencies.value().reviewMonths();
            m_consents = std::make_unique<ConsentStore>(session->database(), agencies.value());
            m_rules = std::make_unique<ConsentRules>(session->database(), agencies.value());
            m_journeys = std::make_unique<journey::JourneyStore>(session->database());
            m_consents->setActor(due::DueSettings::actorId(session->database()));
        }
    }
    clear();
}

bool ConsentPage::showFamily(const QString& familyId) {
    if (!m_rules || familyId.isEmpty()) {
        clear();
        return false;
    }
    m_familyId = familyId;
    reload();
    return m_family.people().familyExists();
}

void ConsentPage::clear() {
    m_familyId.clear();
    m_family = FamilySharing();
    m_status->setText(tr("Choose a family to see their consent."));
    m_review->clear();
    m_youngPeople->clear();
    m_agencies->clear();
    m_restrictions->clear();
    m_history->clear();
    m_signature->setSignature({});
    updateActions();
}

void ConsentPage::reload() {
    m_family = m_rules->forFamily(m_familyId);
    fillSummary();
    fillAgencies();
    fillRestrictions();
    fillHistory();
    updateActions();
}

QString ConsentPage::personName(const QString& id) const {
    const Person* person = m_family.people().person(id);
    return person ? person->fullName() : tr("someone no longer in the family");
}

QString ConsentPage::professionalName(const QString& id) const {
    const auto found = loadProfessional(m_session->database().connection(), id);
    return found ? found->professional.name : tr("unknown");
}

void ConsentPage::fillSummary() {
    const SubjectConsent& consent = m_family.state().family();
    const QDate today = m_session->today();
    if (consent.withdrawal) {
        m_status->setText(tr("Consent withdrawn on %1 by %2. Nothing is shared.")
                              .arg(shortDate(consent.withdrawal->givenOn),
                                   personName(consent.withdrawal->givenByPersonId)));
        m_review->clear();
    } else if (!consent.current) {
        m_status->setText(tr("No consent has been recorded yet. Nothing is shared until the "
                             "family agrees."));
        m_review->clear();
    } else {
        const ConsentRecord& current = *consent.current;
        m_status->setText(tr("Consent given (%1) by %2, obtained by %3.")
                              .arg(ConsentLabels::method(current.method),
                                   personName(current.givenByPersonId),
                                   professionalName(current.obtainedById)));
        const QDate due = consent.reviewDueOn(m_reviewMonths);
        m_review->setText(
            consent.reviewOverdue(today, m_reviewMonths)
                ? tr("Last confirmed on %1. Review overdue since %2: ask the family whether "
                     "their consent still stands.")
                      .arg(shortDate(consent.lastConfirmed), shortDate(due))
                : tr("Last confirmed on %1; ask again by %2.")
                      .arg(shortDate(consent.lastConfirmed), shortDate(due)));
    }
    m_review->setForegroundRole(
        consent.reviewOverdue(today, m_reviewMonths) ? QPalette::Highlight : QPalette::WindowText);
    QStringList young;
    for (const SubjectConsent& own : m_family.state().youngPeople()) {
        young.append(
            own.withdrawal
                ? tr("%1 withdrew their own consent on %2.")
                      .arg(personName(own.subjectPersonId), shortDate(own.withdrawal->givenOn))
                : tr("%1 consents for themselves (since %2).")
                      .arg(personName(own.subjectPersonId), shortDate(own.lastConfirmed)));
    }
    m_youngPeople->setText(young.join(u'\n'));
    m_youngPeople->setVisible(!young.isEmpty());
}

void ConsentPage::fillAgencies() {
    m_agencies->clear();
    m_agencies->setHorizontalHeaderLabels({tr("Agency"), tr("Share")});
    const SubjectConsent& consent = m_family.state().family();
    for (const HubAgency& agency : m_consents->agencies().agencies()) {
        const bool share = consent.isInForce() && consent.current->sharesWith(agency.key);
        m_agencies->appendRow(
            {new QStandardItem(agency.name), new QStandardItem(share ? tr("Yes") : tr("No"))});
    }
}

void ConsentPage::fillRestrictions() {
    m_restrictions->clear();
    m_restrictions->setHorizontalHeaderLabels(
        {tr("Not to"), tr("What"), tr("About"), tr("In their words"), tr("Since"), tr("Now")});
    const QDate today = m_session->today();
    for (const Restriction& r : m_family.history().restrictions) {
        QString now =
            r.inForceOn(today) ? tr("In force") : tr("Lifted %1").arg(shortDate(r.liftedOn));
        for (const SafeguardingOverride& o : m_family.history().overrides) {
            if (o.restrictionId == r.id && o.inForceOn(today))
                now = tr("Overridden for safeguarding by %1").arg(professionalName(o.decidedById));
        }
        auto* first = new QStandardItem(r.audienceName);
        first->setData(r.id, Qt::UserRole);
        m_restrictions->appendRow(
            {first, new QStandardItem(ConsentLabels::category(r.category)),
             new QStandardItem(r.aboutPersonId.isEmpty() ? tr("Everyone")
                                                         : personName(r.aboutPersonId)),
             new QStandardItem(r.familyWords), new QStandardItem(shortDate(r.recordedOn)),
             new QStandardItem(now)});
    }
}

void ConsentPage::fillHistory() {
    m_history->clear();
    m_history->setHorizontalHeaderLabels(
        {tr("Date"), tr("What"), tr("For"), tr("By"), tr("How"), tr("Signature")});
    const QList<ConsentRecord>& records = m_family.history().records;
    QString latestSignature;
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        auto* signature = new QStandardItem;
        signature->setData(signatureThumbnail(it->signature), Qt::DecorationRole);
        m_history->appendRow(
            {new QStandardItem(shortDate(it->givenOn)),
             new QStandardItem(ConsentLabels::event(it->event)),
             new QStandardItem(it->isForFamily() ? tr("The family")
                                                 : personName(it->subjectPersonId)),
             new QStandardItem(personName(it->givenByPersonId)),
             new QStandardItem(ConsentLabels::method(it->method)), signature});
        if (latestSignature.isEmpty())
            latestSignature = it->signature;
    }
    const auto decoded = Signature::decode(latestSignature);
    m_signature->setSignature(decoded ? decoded.value() : Signature());
}

void ConsentPage::updateActions() {
    const bool family = !m_familyId.isEmpty() && m_consents;
    const bool inForce = family && m_family.state().family().isInForce();
    m_record->setEnabled(family);
    m_confirm->setEnabled(inForce);
    m_withdraw->setEnabled(inForce);
    m_restrict->setEnabled(family);
    const bool restrictions = family && m_restrictions->rowCount() > 0;
    m_override->setEnabled(restrictions);
    m_lift->setEnabled(restrictions);
}

QDialog* ConsentPage::openDialog(QDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit consentChanged();
    });
    dialog->open();
    return dialog;
}

QDialog* ConsentPage::recordConsent() {
    if (m_familyId.isEmpty() || !m_consents)
        return nullptr;
    return openDialog(new ConsentDialog(*m_consents, *m_journeys, m_session->database(), m_family,
                                        ConsentEvent::Given, this));
}

QDialog* ConsentPage::confirmConsent() {
    if (!m_confirm->isEnabled())
        return nullptr;
    return openDialog(new ConsentDialog(*m_consents, *m_journeys, m_session->database(), m_family,
                                        ConsentEvent::Confirmed, this));
}

QDialog* ConsentPage::withdrawConsent() {
    if (!m_withdraw->isEnabled())
        return nullptr;
    return openDialog(new ConsentDialog(*m_consents, *m_journeys, m_session->database(), m_family,
                                        ConsentEvent::Withdrawn, this));
}

QDialog* ConsentPage::addRestriction() {
    if (m_familyId.isEmpty() || !m_consents)
        return nullptr;
    return openDialog(
        new RestrictionDialog(*m_consents, *m_journeys, m_session->database(), m_family, this));
}

QDialog* ConsentPage::overrideRestriction(int row) {
    const auto& restrictions = m_family.history().restrictions;
    if (row < 0 || row >= restrictions.size())
        return nullptr;
    return openDialog(new OverrideDialog(*m_consents, *m_journeys, m_session->database(),
                                         restrictions.at(row), this));
}

bool ConsentPage::liftRestriction(int row, const QString& reason) {
    const auto& restrictions = m_family.history().restrictions;
    if (row < 0 || row >= restrictions.size())
        return false;
    const Status lifted =
        m_consents->liftRestriction(restrictions.at(row).id, m_session->today(), reason);
    if (lifted) {
        reload();
        emit consentChanged();
    }
    return lifted.isOk();
}

} // namespace kith::ui
