#include "registration/match_panel.h"

#include "display_format.h"
#include "matching/matcher.h"
#include "store/family_store.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace kith {
namespace {

QLabel* wrappingLabel(const QString& text, QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MatchPanel::MatchPanel(const FamilyStore& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_matcher(std::make_unique<match::Matcher>(store))
    , m_maySee([](const QString&) { return true; })
    , m_typingPause(new QTimer(this)) {
    setObjectName(QStringLiteral("matchPanel"));
    setAccessibleName(tr("Is this family already known?"));
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &MatchPanel::refreshNow);

    auto* heading = new QLabel(tr("Is this family already known?"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_status = wrappingLabel(
        tr("As you type a name, date of birth, postcode or NHS number, families already in "
           "this store that may be the same appear here."),
        this, QStringLiteral("matchStatus"));

    m_cards = new QWidget(this);
    m_cardLayout = new QVBoxLayout(m_cards);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    m_cardLayout->setSpacing(8);
    m_cardLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_cards);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_different = new QPushButton(tr("This is a different &family"), this);
    m_different->setObjectName(QStringLiteral("confirmDifferentFamily"));
    m_different->setToolTip(tr("None of these is the family you are registering."));
    m_different->hide();
    connect(m_different, &QPushButton::clicked, this, [this] { decide(false, {}); });

    // Under the local matches: what the hub's directory says (hidden until an asker is set).
    m_hub = new HubDirectorySection(
        [this](const QString& familyId) { return m_store.loadFamily(familyId).has_value(); }, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_different);
    layout->addWidget(m_hub);
    setMinimumWidth(280);
}

MatchPanel::~MatchPanel() = default;

void MatchPanel::setQuery(const match::MatchQuery& query) {
    if (query == m_query)
        return;
    m_query = query;
    m_typingPause->start(); // restarts: only a pause in typing asks the matcher
}

void MatchPanel::setMaySeeFamily(MaySeeFamily maySee) {
    m_maySee = maySee ? std::move(maySee) : MaySeeFamily([](const QString&) { return true; });
    showMatches(m_shown);
}

void MatchPanel::setHubAsker(AskHub ask) {
    m_hub->setAsker(std::move(ask));
    m_hub->setQuery(m_asked);
}

void MatchPanel::refreshNow() {
    m_typingPause->stop();
    m_asked = m_query;
    m_hub->setQuery(m_query); // asks the hub only when the details have changed
    if (m_query.isEmpty()) {
        showMatches({});
        return;
    }
    showMatches(m_matcher->find(m_query, kMostShown, kShownScore));
}

QString MatchPanel::likelihoodInWords(double score) {
    if (score >= 0.9)
        return tr("Very likely the same person");
    if (score >= match::kLikelyMatchScore)
        return tr("Likely the same person");
    if (score >= 0.4)
        return tr("Possibly the same person");
    return tr("Probably not the same person");
}

bool MatchPanel::hasLikelyMatch() const {
    return std::any_of(m_shown.begin(), m_shown.end(), [](const match::MatchCandidate& c) {
        return c.score >= match::kLikelyMatchScore;
    });
}

bool MatchPanel::needsDecision() const {
    return m_decisionNeeded;
}

void MatchPanel::setDecisionNeeded(bool needed) {
    if (needed == m_decisionNeeded)
        return;
    m_decisionNeeded = needed;
    emit decisionNeededChanged(needed);
}

void MatchPanel::showMatches(const QList<match::MatchCandidate>& matches) {
    // A decision stands while the same families are shown; new likely matches need a new one.
    auto likelyFamilies = [](const QList<match::MatchCandidate>& list) {
        QStringList families;
        for (const auto& c : list) {
            if (c.score >= match::kLikelyMatchScore && !families.contains(c.familyId))
                families.append(c.familyId);
        }
        return families;
    };
    if (likelyFamilies(matches) != likelyFamilies(m_shown))
        m_decided = false;
    m_shown = matches;
    while (m_cardLayout->count() > 1) {
        QLayoutItem* item = m_cardLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_shown.size(); ++i)
        m_cardLayout->insertWidget(i, makeCard(m_shown.at(i), i));
    if (m_asked.isEmpty())
        m_status->setText(tr("As you type a name, date of birth, postcode or NHS number, "
                             "families already on this laptop that may be the same appear here."));
    else if (m_shown.isEmpty())
        m_status->setText(tr("Nobody on this laptop looks like this person."));
    else if (hasLikelyMatch())
        m_status->setText(
            tr("This family may already be known. Contact the lead professional before you "
               "go on, then choose \"Add to this family\" or \"This is a different family\"."));
    else
        m_status->setText(tr("Some people look a little alike; none is a likely match."));
    m_different->setVisible(hasLikelyMatch());
    setDecisionNeeded(hasLikelyMatch() && !m_decided);
}

QString MatchPanel::familyDetails(const match::MatchCandidate& candidate) const {
    const auto record = m_store.loadFamily(candidate.familyId);
    if (!record)
        return {};
    const Person* person = record->person(candidate.personId);
    if (!person)
        return record->family.name;
    const QString born = ui::DisplayFormat::birthOrDue(*person);
    return tr("%1: %2, born %3").arg(record->family.name, record->displayNameOf(*person), born);
}

QWidget* MatchPanel::makeCard(const match::MatchCandidate& candidate, int index) {
    auto* card = new QFrame(m_cards);
    card->setObjectName(QStringLiteral("matchCard%1").arg(index));
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::AlternateBase);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);

    const int percent = qRound(candidate.score * 100);
    auto* words =
        wrappingLabel(likelihoodInWords(candidate.score), card, QStringLiteral("likelihood"));
    QFont bold = words->font();
    bold.setBold(true);
    words->setFont(bold);
    auto* bar = new QProgressBar(card);
    bar->setRange(0, 100);
    bar->setValue(percent);
    bar->setFormat(tr("%1%").arg(percent));
    bar->setMaximumHeight(14);
    bar->setTextVisible(false);
    bar->setAccessibleName(tr("Match score %1 out of 100").arg(percent));
    layout->addWidget(words);
    layout->addWidget(bar);

    const bool maySee = m_maySee(candidate.familyId);
    if (maySee) {
        if (const QString details = familyDetails(candidate); !details.isEmpty())
            layout->addWidget(wrappingLabel(details, card, QStringLiteral("familyDetails")));
    }
    layout->addWidget(wrappingLabel(tr("Why: %1").arg(candidate.reasons.join(QStringLiteral("; "))),
                                    card, QStringLiteral("reasons")));
    QString lead;
    if (candidate.leadProfessional) {
        const auto& who = *candidate.leadProfessional;
        QStringList parts{who.name};
        if (!who.agency.isEmpty())
            parts.append(who.agency);
        lead = tr("Lead professional: %1").arg(parts.join(QStringLiteral(", ")));
        lead += u'\n' + (who.phone.isEmpty() ? tr("No phone number recorded")
                                             : tr("Phone: %1").arg(who.phone));
    } else {
        lead = tr("No lead professional yet");
    }
    layout->addWidget(wrappingLabel(lead, card, QStringLiteral("leadProfessional")));
    if (!maySee) {
        layout->addWidget(wrappingLabel(
            tr("You may not see this family's record. Contact the lead professional."), card,
            QStringLiteral("restricted")));
    }

    auto* add =
        new QPushButton(index == 0 ? tr("Add to th&is family") : tr("Add to this family"), card);
    add->setObjectName(QStringLiteral("addToFamily"));
    add->setToolTip(tr("Register the people you are adding as part of this family."));
    const QString familyId = candidate.familyId;
    connect(add, &QPushButton::clicked, this, [this, familyId] { decide(true, familyId); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    layout->addLayout(buttons);
    card->setAccessibleName(likelihoodInWords(candidate.score));
    return card;
}

void MatchPanel::decide(bool existing, const QString& familyId) {
    m_decided = true;
    setDecisionNeeded(false);
    if (existing)
        emit chosenExisting(familyId);
    else
        emit confirmedDifferent();
}

} // namespace kith
